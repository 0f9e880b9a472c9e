package app.plumbline.testing;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tests on PostgreSQL ({@code ./mvnw -Ppostgres test}): each Spring context migrates and seeds a
 * schema of its own, as each one gets its own in-memory database on H2, so tests that change data
 * in one context never see another's.
 */
public class PostgresTestSchema implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // The raw value: the H2 URL holds a placeholder that another post-processor resolves.
        String url = environment.getPropertySources().stream().map(s -> s.getProperty("spring.datasource.url"))
                .filter(java.util.Objects::nonNull).map(Object::toString).findFirst().orElse("");
        if (!url.startsWith("jdbc:postgresql:") || url.contains("currentSchema=")) {
            return;
        }
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        environment.getPropertySources().addFirst(new MapPropertySource("plumblineTestSchema", Map.of(
                "spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "spring.flyway.schemas", schema,
                "spring.flyway.default-schema", schema)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
