package nl.kringwerk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class KringwerkApplication {

    public static void main(String[] args) {
        SpringApplication.run(KringwerkApplication.class, args);
    }
}
