package app.plumbline.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app in Tomcat on a random port over an in-memory database, for tests of what only the
 * real container does (its proxy-header valve, its logging of bad requests). Tests with this one
 * configuration share one Spring context; they send plain HTTP requests ({@link RequestProbe}
 * shows what the app saw of them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@ActiveProfiles("test")
@Import(RequestProbe.class)
public @interface HttpTest {
}
