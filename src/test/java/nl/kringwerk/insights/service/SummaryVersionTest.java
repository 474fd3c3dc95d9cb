package nl.kringwerk.insights.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.TestWorld;
import nl.kringwerk.insights.domain.GroupPeriod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database migrated past V011 has summary rows without record keys (the new columns are 0) until
 * the summary is rebuilt: the start of the application does that once, keyed on the version the
 * summary was built with, and only once.
 */
class SummaryVersionTest extends ServiceTest {

    @Autowired
    SummaryOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SummaryVersion version;

    @Autowired
    SummaryStore store;

    @Test
    void theStartOfTheApplicationBroughtTheSummaryToTheCurrentVersion() {
        assertThat(version.built()).isEqualTo(SummaryVersion.CURRENT);
        assertThat(version.upgrade()).as("nothing left to do").isFalse();
    }

    @Test
    void aSummaryBuiltBeforeTheRecordKeysIsRebuiltOnceWithThem() {
        TestWorld.World world = testWorld.create();
        List<Long> group = List.of(world.groupA());
        outbox.applyPending(); // the summary follows the new group after the commit (issue 22)
        List<GroupPeriod> rebuilt = store.storedPeriods(group);
        assertThat(rebuilt).isNotEmpty().allMatch(p -> p.groupKey() != 0);

        // As V011 left an existing database: every key 0 (the columns' default), version 0.
        jdbc.update("UPDATE insight_group_period SET group_key = 0, reached_key = 0, left_key = 0");
        jdbc.update("UPDATE insight_group SET record_key = 0");
        jdbc.update("UPDATE insight_area_period SET key_active = 0, key_started = 0, key_reached = 0");
        jdbc.update("UPDATE insight_municipality_period SET key_active = 0, key_started = 0, key_reached = 0");
        jdbc.update("UPDATE insight_summary_version SET version = 0");

        assertThat(version.upgrade()).isTrue();
        assertThat(version.built()).isEqualTo(SummaryVersion.CURRENT);
        assertThat(store.storedPeriods(group)).isEqualTo(rebuilt);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM insight_group WHERE record_key = 0", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM insight_municipality_period WHERE groups_active > 0 AND key_active = 0",
                        Long.class))
                .isZero();

        // Once: a later start leaves the summary alone.
        jdbc.update("UPDATE insight_group SET record_key = 0 WHERE group_id = ?", world.groupA());
        assertThat(version.upgrade()).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT record_key FROM insight_group WHERE group_id = ?", Long.class, world.groupA()))
                .isZero();
        store.refresh(group);
    }
}
