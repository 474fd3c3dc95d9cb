package nl.kringwerk;

import nl.kringwerk.base.db.DatabaseAccount;
import nl.kringwerk.base.db.EmbeddedMariaDb;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration account of the embedded test database, for a test that must change the schema (make
 * a table disappear for a moment): the application's own account may not, which is the point.
 */
public final class SchemaOwner {

    private SchemaOwner() {}

    public static JdbcTemplate of(EmbeddedMariaDb db) {
        DatabaseAccount owner = db.migrationAccount();
        return new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), owner.user(), owner.password()));
    }
}
