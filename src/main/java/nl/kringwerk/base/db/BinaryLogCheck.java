package nl.kringwerk.base.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With binary logging on, MariaDB lets only accounts with SUPER create triggers unless the server
 * trusts function creators (error 1419). A migration refused halfway leaves a half-migrated schema,
 * so this asks the server before Flyway starts and stops with what the operator has to set.
 */
final class BinaryLogCheck {

    private static final Logger log = LoggerFactory.getLogger(BinaryLogCheck.class);

    static final String REFUSAL = "Kringwerk migreert de database niet: binaire logging staat aan (log_bin) en"
            + " log_bin_trust_function_creators staat uit. MariaDB weigert dan de triggers die de migraties maken"
            + " (fout 1419) en laat de database half gemigreerd achter. Zet op de databaseserver"
            + " log_bin_trust_function_creators=1 (in de serverconfiguratie onder [mariadbd], als optie"
            + " --log-bin-trust-function-creators=1, of als root SET GLOBAL log_bin_trust_function_creators = 1,"
            + " dat geldt tot de server herstart) en start Kringwerk opnieuw. Zie SECURITY.md."
            + " / Kringwerk does not migrate the database: binary logging is on (log_bin) and"
            + " log_bin_trust_function_creators is off. MariaDB then refuses the triggers the migrations create"
            + " (error 1419) and leaves the database half migrated. On the database server set"
            + " log_bin_trust_function_creators=1 (in the server configuration under [mariadbd], as the option"
            + " --log-bin-trust-function-creators=1, or as root SET GLOBAL log_bin_trust_function_creators = 1,"
            + " which lasts until the server restarts) and start Kringwerk again. See SECURITY.md.";

    private BinaryLogCheck() {}

    /** Only when there is something to migrate: an up-to-date database starts whatever the setting. */
    static void beforeMigrating(Flyway flyway) {
        if (flyway.info().pending().length > 0) {
            requireTriggersAllowed(flyway.getConfiguration().getDataSource());
        }
    }

    static void requireTriggersAllowed(DataSource migrationAccount) {
        try (Connection connection = migrationAccount.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        SELECT @@log_bin, @@log_bin_trust_function_creators,
                          (SELECT COUNT(*) FROM information_schema.user_privileges
                           WHERE privilege_type = 'SUPER'
                             AND grantee = CONCAT('''', SUBSTRING_INDEX(CURRENT_USER(), '@', 1), '''@''',
                                                  SUBSTRING_INDEX(CURRENT_USER(), '@', -1), ''''))""")) {
            row.next();
            boolean binaryLogging = row.getBoolean(1);
            boolean trusted = row.getBoolean(2);
            boolean superUser = row.getInt(3) > 0;
            if (binaryLogging && !trusted && !superUser) {
                log.error(REFUSAL);
                throw new IllegalStateException(REFUSAL);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database server's binary log settings", e);
        }
    }
}
