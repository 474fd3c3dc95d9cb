package nl.kringwerk.base.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Triggers made by the embedded MariaDB before it had accounts (it ran with {@code --skip-grant-tables})
 * carry the definer {@code ''@''}. Once accounts count, MariaDB refuses to fire such a trigger (error
 * 1449: the definer does not exist), so the journal would refuse changes for the wrong reason. The
 * migration account recreates them unchanged under its own name.
 */
final class OrphanedTriggers {

    private OrphanedTriggers() {}

    private record Trigger(String name, String timing, String event, String table, String body, String sqlMode) {}

    /** @return how many triggers the migration account took over */
    static int adopt(Connection migration, String database) throws SQLException {
        List<Trigger> orphans = new ArrayList<>();
        try (PreparedStatement query = migration.prepareStatement("""
                SELECT trigger_name, action_timing, event_manipulation, event_object_table, action_statement, sql_mode
                FROM information_schema.triggers
                WHERE trigger_schema = ? AND definer = '@'
                ORDER BY event_object_table, action_order""")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    orphans.add(new Trigger(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6)));
                }
            }
        }
        for (Trigger trigger : orphans) {
            try (PreparedStatement mode = migration.prepareStatement("SET SESSION sql_mode = ?")) {
                mode.setString(1, trigger.sqlMode());
                mode.execute();
            }
            try (Statement create = migration.createStatement()) {
                create.execute("CREATE OR REPLACE TRIGGER " + quoted(database) + "." + quoted(trigger.name()) + " "
                        + trigger.timing() + " " + trigger.event() + " ON " + quoted(database) + "."
                        + quoted(trigger.table()) + " FOR EACH ROW " + trigger.body());
            }
        }
        return orphans.size();
    }

    private static String quoted(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
