package app.plumbline.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The suite's database lower-cases beyond A–Z: H2, and the PostgreSQL of scripts/test-postgres.sh
 * made with a UTF-8 locale (with the C locale this fails, as the name search would).
 */
@ServiceTest
class DatabaseLocaleTest {

    @Autowired
    DatabaseLocale locale;

    @Test
    void theDatabaseLowerCasesLettersBeyondAscii() {
        assertThat(locale.lowersBeyondAscii()).isTrue();
    }
}
