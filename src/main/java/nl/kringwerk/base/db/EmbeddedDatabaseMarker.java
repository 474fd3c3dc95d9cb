package nl.kringwerk.base.db;

/** Present as a bean only when Kringwerk runs on its own embedded MariaDB. */
public final class EmbeddedDatabaseMarker {
}
