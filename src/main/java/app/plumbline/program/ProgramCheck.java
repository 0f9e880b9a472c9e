package app.plumbline.program;

import app.plumbline.security.CurrentUser;
import app.plumbline.base.FieldProblem;
import app.plumbline.catalog.CatalogService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What makes program content unfit to hand to a patient, for a published version and a clinic
 * template alike: its own rules (doses, notes, dates), an exercise twice, or an exercise outside
 * the clinic's catalog.
 */
@Component
class ProgramCheck {

    private final CatalogService catalog;
    private final CurrentUser currentUser;

    ProgramCheck(CatalogService catalog, CurrentUser currentUser) {
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    List<FieldProblem> problems(ProgramContent content) {
        List<FieldProblem> problems = new ArrayList<>(content.problems(currentUser.today()));
        Set<Long> ids = content.prescriptions().stream().map(Prescription::exerciseId).collect(Collectors.toSet());
        if (ids.size() < content.prescriptions().size()) {
            problems.add(new FieldProblem("prescriptions", "An exercise is in the program twice."));
        }
        if (!catalog.cards(ids).keySet().containsAll(ids)) {
            problems.add(new FieldProblem("prescriptions", "An exercise is not in your clinic's catalog."));
        }
        if (catalog.adviceItems(content.advice()).size() < content.advice().size()) {
            problems.add(new FieldProblem("advice", "A piece of advice is not in the catalog."));
        }
        return problems;
    }
}
