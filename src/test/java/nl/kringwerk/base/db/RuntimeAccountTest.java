package nl.kringwerk.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.kringwerk.KringwerkTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application works through an account that reads and writes rows and can change nothing else: even
 * a hijacked connection cannot remove the journal's guards, empty it or change the schema.
 */
@KringwerkTest
class RuntimeAccountTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedMariaDb db;

    /** The runtime account may not even see triggers; the migration account looks. */
    @AfterEach
    void theJournalKeepsBothGuards() throws SQLException {
        try (Connection migration = db.connect(db.migrationAccount());
                Statement statement = migration.createStatement()) {
            assertThat(SqlRows.firstColumn(
                            statement,
                            "select trigger_name from information_schema.triggers"
                                    + " where event_object_table = 'journal_entry' order by trigger_name"))
                    .containsExactly("journal_entry_is_append_only_delete", "journal_entry_is_append_only_update");
        }
    }

    @Test
    void theApplicationConnectsAsTheRuntimeAccountWithRowRightsOnly() {
        assertThat(jdbc.queryForObject("select current_user()", String.class)).isEqualTo("kringwerk_app@127.0.0.1");
        assertThat(jdbc.queryForList("show grants", String.class))
                .filteredOn(grant -> !grant.startsWith("GRANT USAGE ON *.*"))
                .containsExactly(
                        "GRANT SELECT, INSERT, UPDATE, DELETE ON `kringwerk`.* TO `kringwerk_app`@`127.0.0.1`");
    }

    @Test
    void theRuntimeAccountCannotDropTheJournalsTriggers() {
        for (String trigger : List.of("journal_entry_is_append_only_update", "journal_entry_is_append_only_delete")) {
            assertDenied("drop trigger " + trigger);
        }
    }

    @Test
    void theRuntimeAccountCannotEmptyTheJournal() {
        assertDenied("truncate table journal_entry");
    }

    @Test
    void theRuntimeAccountCannotChangeTheSchema() {
        assertDenied("alter table journal_entry add column note varchar(20) null");
        assertDenied("alter table journal_entry drop constraint ck_journal_reason");
        assertDenied("create table journal_copy (id bigint primary key)");
        assertDenied("create or replace view journal_view as select 1");
        assertDenied("drop table journal_entry");
    }

    @Test
    void theRuntimeAccountStillInsertsAndReadsRows() {
        jdbc.update("insert into organisation (name, created_at) values ('Rechtentest', now(6))");

        assertThat(jdbc.queryForObject("select count(*) from organisation where name = 'Rechtentest'", Integer.class))
                .isEqualTo(1);
    }

    private void assertDenied(String sql) {
        assertThatThrownBy(() -> jdbc.execute(sql))
                .as(sql)
                .rootCause()
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("denied");
    }
}
