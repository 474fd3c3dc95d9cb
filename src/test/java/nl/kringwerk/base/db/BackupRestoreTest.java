package nl.kringwerk.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kringwerk.KringwerkApplication;
import nl.kringwerk.SignIn;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupCard;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.passbook.service.Goals;
import nl.kringwerk.savings.service.Savings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A backup of the demo database (every feature's tables, the journal's and the audit log's triggers)
 * restores into a fresh embedded database with every row, and the services show the same balances on
 * it. The dump goes through the product's own scripts (docker/backup), as an operator runs them.
 */
@SpringBootTest(
        properties = {
            "kringwerk.embedded-db.base-dir=${kringwerk.test-dir:target}/mariadb-scratch/base",
            "kringwerk.embedded-db.data-dir=${kringwerk.test-dir:target}/mariadb-scratch/backup-demo/data",
            "kringwerk.embedded-db.fresh=true",
            "kringwerk.demo-data=true"
        })
@ActiveProfiles("test")
@DirtiesContext
class BackupRestoreTest {

    @Autowired
    EmbeddedMariaDb original;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDemoDatabaseRestoresIntoAFreshOneWithEveryRowEveryTriggerAndTheSameBalances() throws Exception {
        Map<Long, Object> balancesBefore = balancesShown(context);
        assertThat(balancesBefore).hasSizeGreaterThan(10);

        Path backup = ScratchServers.ROOT
                .toPath()
                .resolve("backup-demo/kringwerk.sql")
                .toAbsolutePath();
        BackupScripts.backup(BackupScripts.Target.of(original, ScratchServers.BASE_DIR), backup);
        String dump = Files.readString(backup);
        // Restored under another account, a DEFINER naming the original's makes MariaDB refuse the rest.
        assertThat(dump.lines().filter(line -> line.contains("DEFINER="))).isEmpty();
        assertThat(dump.lines().filter(line -> line.startsWith("-- Dump completed")))
                .hasSize(1);

        File restoredData = ScratchServers.freshDataDir("backup-restored");
        EmbeddedMariaDb restored = EmbeddedMariaDb.start(ScratchServers.BASE_DIR, restoredData, "kringwerk", List.of());
        try {
            long started = System.nanoTime();
            BackupScripts.restore(BackupScripts.Target.of(restored, ScratchServers.BASE_DIR), backup);
            System.out.printf(
                    "Restore of the demo database (%,d bytes): %.1f s%n",
                    Files.size(backup), (System.nanoTime() - started) / 1e9);

            try (Connection before = original.connect(original.migrationAccount());
                    Connection after = restored.connect(restored.migrationAccount())) {
                List<String> tables = tables(before);
                assertThat(tables).hasSizeGreaterThan(30).contains("journal_entry", "member", "user_account");
                assertThat(tables(after)).isEqualTo(tables);
                for (String table : tables) {
                    assertThat(rows(after, table)).as(table).isEqualTo(rows(before, table));
                }
                assertThat(triggers(after))
                        .isEqualTo(triggers(before))
                        .contains(
                                "journal_entry_is_append_only_update",
                                "journal_entry_is_append_only_delete",
                                "audit_event_no_update",
                                "audit_event_no_delete");
            }
            // The restored journal still refuses changes, also for the application's own account.
            try (Connection runtime = restored.connect(restored.runtimeAccount());
                    Statement statement = runtime.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("update journal_entry set amount_cents = 1"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.executeUpdate("delete from audit_event"))
                        .hasMessageContaining("append-only");
            }
        } finally {
            restored.stop();
        }

        // The app started on the restored folder shows the same balances.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KringwerkApplication.class)
                .web(WebApplicationType.SERVLET)
                .profiles("test")
                // Arguments, not properties: they win over application-test.properties.
                .run(
                        "--server.port=0",
                        "--kringwerk.embedded-db.base-dir=${kringwerk.test-dir:target}/mariadb-scratch/base",
                        "--kringwerk.embedded-db.data-dir=" + restoredData,
                        "--kringwerk.embedded-db.fresh=false",
                        "--kringwerk.demo-data=false")) {
            try {
                assertThat(balancesShown(app)).isEqualTo(balancesBefore);
            } finally {
                SignIn.out();
                app.getBean(EmbeddedMariaDb.class).stop();
            }
        }
    }

    @Test
    void aCutOffBackupAndADatabaseThatIsNotEmptyAreRefusedAndNothingIsWritten() throws Exception {
        Path backup =
                ScratchServers.ROOT.toPath().resolve("backup-demo/small.sql").toAbsolutePath();
        BackupScripts.backup(BackupScripts.Target.of(original, ScratchServers.BASE_DIR), backup);
        String dump = Files.readString(backup);
        Path cutOff = backup.resolveSibling("cut-off.sql");
        Files.writeString(cutOff, dump.substring(0, dump.length() / 2));

        EmbeddedMariaDb target = EmbeddedMariaDb.start(
                ScratchServers.BASE_DIR, ScratchServers.freshDataDir("backup-refused"), "kringwerk", List.of());
        try {
            BackupScripts.Target into = BackupScripts.Target.of(target, ScratchServers.BASE_DIR);
            assertThatThrownBy(() -> BackupScripts.restore(into, cutOff)).hasMessageContaining("exit code 1");
            try (Connection owner = target.connect(target.migrationAccount())) {
                assertThat(tables(owner)).isEmpty();
            }
            BackupScripts.restore(into, backup);
            assertThatThrownBy(() -> BackupScripts.restore(into, backup)).hasMessageContaining("exit code 1");
        } finally {
            target.stop();
        }
    }

    /**
     * Every account in the README's table logs in with the demo password through the login form's own
     * password check, except the two the table says cannot (a start code not used yet, switched off).
     * The demo password was once put back to the start password by the flush of the redeemed account.
     */
    @Test
    void everyDemoAccountOfTheReadmeLogsInWithTheDemoPassword() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String table =
                readme.substring(readme.indexOf("**Demo accounts**"), readme.indexOf("The demo savings circles"));
        Matcher row =
                Pattern.compile("(?m)^\\| ([^|]+) \\| `([a-z0-9._-]+)` \\|").matcher(table);
        DaoAuthenticationProvider form = new DaoAuthenticationProvider(context.getBean(UserDetailsService.class));
        form.setPasswordEncoder(context.getBean(PasswordEncoder.class));
        List<String> in = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        while (row.find()) {
            String username = row.group(2);
            try {
                form.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "kring2026"));
                in.add(username);
            } catch (AuthenticationException e) {
                refused.add(username);
            }
        }
        assertThat(in).hasSizeGreaterThanOrEqualTo(9).contains("admin", "coordinator", "gemeente", "voorzitter");
        assertThat(refused).containsExactlyInAnyOrder("begeleider3", "oud-begeleider");
        assertThatThrownBy(() -> form.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("coordinator", "kring2025")))
                .isInstanceOf(AuthenticationException.class);
    }

    /** The demo chair's circle shows what a member's own goal looks like, on her page and the group screen. */
    @Test
    void theDemoCircleHasTwoSavingsGoalsOneShownOnTheGroupScreen() {
        SignIn.as(context.getBean(UserDetailsService.class), "voorzitter");
        long zonnebloem = context.getBean(GroupService.class).visibleGroups().stream()
                .filter(g -> g.name().equals("Spaarkring De Zonnebloem"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(context.getBean(Goals.class).goals(zonnebloem))
                .filteredOn(g -> g.goal() != null)
                .extracting(g ->
                        g.goal().details().name() + " " + g.goal().details().showOnScreen())
                .containsExactlyInAnyOrder("Reis naar mijn familie true", "Schoolspullen false");
    }

    /** What the services show for every savings circle: its current cycle's balances and its journal. */
    private static Map<Long, Object> balancesShown(ApplicationContext app) {
        SignIn.as(app.getBean(UserDetailsService.class), "admin");
        GroupService groups = app.getBean(GroupService.class);
        Savings savings = app.getBean(Savings.class);
        Map<Long, Object> balances = new LinkedHashMap<>();
        for (GroupCard group : groups.visibleGroups()) {
            if (group.type() == GroupType.SAVINGS_CIRCLE) {
                balances.put(
                        group.id(),
                        List.of(
                                savings.cycles().currentCycle(group.id()),
                                savings.records().cycleJournal(group.id())));
            }
        }
        return balances;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return SqlRows.firstColumn(statement, """
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name""");
        }
    }

    private static List<String> triggers(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return SqlRows.firstColumn(statement, """
                    SELECT trigger_name FROM information_schema.triggers
                    WHERE trigger_schema = DATABASE() ORDER BY trigger_name""");
        }
    }

    /** Every row with every column, as text, in the order of all columns. */
    private static List<List<String>> rows(Connection connection, String table) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT * FROM `" + table + "` LIMIT 0")) {
            int columns = count.getMetaData().getColumnCount();
            StringBuilder order = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
                order.append(i == 1 ? "" : ", ").append(i);
            }
            try (Statement all = connection.createStatement();
                    ResultSet result = all.executeQuery("SELECT * FROM `" + table + "` ORDER BY " + order)) {
                while (result.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(result.getString(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
