package nl.kringwerk.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kringwerk.KringwerkTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The schema comes from Flyway on a real MariaDB, and the database itself guards the rules it can. */
@KringwerkTest
@ExtendWith(OutputCaptureExtension.class)
class MigrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedMariaDb db;

    /** Flyway's own word that it knows this MariaDB (11.4): no "Flyway upgrade recommended". */
    @Test
    void flywaySupportsTheMariaDbVersionWeRun(CapturedOutput output) {
        ScratchServers.flyway(db).info();
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("11.4");
        assertThat(output).doesNotContain("Flyway upgrade recommended").doesNotContain("newer than this version");
    }

    @Test
    void flywayMigratedARealMariaDb() {
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("MariaDB");
        Integer failed =
                jdbc.queryForObject("select count(*) from flyway_schema_history where success = 0", Integer.class);
        Integer applied =
                jdbc.queryForObject("select count(*) from flyway_schema_history where success = 1", Integer.class);
        assertThat(failed).isZero();
        assertThat(applied).isPositive();
    }

    @Test
    void theDatabaseRefusesAGroupThatEndsBeforeItStarts() {
        jdbc.update("insert into organisation (name, created_at) values ('Migratietest', now(6))");
        Long organisation = jdbc.queryForObject("select id from organisation where name = 'Migratietest'", Long.class);
        assertThatThrownBy(() -> jdbc.update("""
                insert into kring (organisation_id, name, type, municipality, started_on, ended_on, meeting_day,
                  meeting_time, frequency, place, created_at, created_by)
                values (?, 'Fout', 'SAVINGS_CIRCLE', 'Delft', '2026-05-01', '2026-04-01', 'MONDAY', '10:00',
                  'WEEKLY', 'Hier', now(6), 'test')""", organisation)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
