package app.plumbline.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database (and without the demo clinic) opens a clinic with one admin whose
 * one-time password is printed once to the log, so a fresh install can be signed into.
 */
@Component
@Order(100)
class FirstRunSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

    private final SystemAccounts system;

    FirstRunSetup(SystemAccounts system) {
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (system.anyAccount()) {
            return;
        }
        byte[] random = new byte[9];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        var clinic = system.createClinic("My clinic", false);
        system.ensureAccount(clinic.getId(), "admin", "Clinic admin", Role.ADMIN, password);
        log.warn("First run: created the account 'admin' with the password '{}'. Sign in and change it now.",
                password);
    }
}
