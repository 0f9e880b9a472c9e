package app.plumbline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagrams (PlantUML, C4 style) into {@code docs/modules/}. Its name keeps it out
 * of the normal test run, so a build never rewrites committed files; regenerate after a change to
 * the modules with {@code ./mvnw -q test -Dtest=ModuleDiagrams} and commit the result.
 */
class ModuleDiagrams {

    @Test
    void writeDiagrams() {
        new Documenter(ApplicationModules.of(Application.class),
                Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
