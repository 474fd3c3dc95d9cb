package nl.kringwerk;

import java.util.Optional;
import nl.kringwerk.base.db.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KringwerkApplication {

    public static void main(String[] args) {
        // --backup FILE / --restore FILE: the embedded database's backup, without starting the app.
        Optional<BackupCommand.Request> backup = BackupCommand.parse(args);
        if (backup.isPresent()) {
            System.exit(BackupCommand.run(backup.get(), args));
        }
        SpringApplication.run(KringwerkApplication.class, args);
    }
}
