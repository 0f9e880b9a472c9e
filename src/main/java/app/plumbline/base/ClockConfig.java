package app.plumbline.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

    /** Every date rule takes this clock, so tests can fix "today". */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
