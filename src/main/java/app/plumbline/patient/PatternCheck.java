package app.plumbline.patient;

import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.PatternDefinition;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Which pattern slugs a finding may name: those of the catalog. */
@Component
class PatternCheck {

    private final CatalogService catalog;

    PatternCheck(CatalogService catalog) {
        this.catalog = catalog;
    }

    Set<String> known() {
        return catalog.patterns().stream().map(PatternDefinition::slug).collect(Collectors.toSet());
    }
}
