package io.profilekit.compat.boot4;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot 4 web application that checks cluster profiles with ProfileKit. */
@SpringBootApplication
public class ProfileApp {
    public static void main(String[] args) {
        SpringApplication.run(ProfileApp.class, args);
    }
}
