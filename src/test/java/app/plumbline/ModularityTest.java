package app.plumbline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void modulesDependOnEachOtherOnlyOneWay() {
        ApplicationModules.of(Application.class).verify();
    }
}
