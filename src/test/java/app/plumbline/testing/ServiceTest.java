package app.plumbline.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Boot test on an in-memory database holding the demo clinic. All service and UI tests
 * share this one configuration, so Spring builds the context once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@Import({SignIn.class, OtherClinic.class, DemoPatients.class, PainfulSession.class, TestClock.Config.class})
public @interface ServiceTest {
}
