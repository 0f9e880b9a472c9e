package app.plumbline.program;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.Text;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's program templates: saved from a program, applied to another patient's draft. */
@Service
public class TemplateService {

    private final ProgramTemplateRepository templates;
    private final ProgramCheck check;
    private final CurrentUser currentUser;
    private final Clock clock;

    TemplateService(ProgramTemplateRepository templates, ProgramCheck check, CurrentUser currentUser,
            Clock clock) {
        this.templates = templates;
        this.check = check;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TemplateSummary> templates() {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return templates.findByClinicIdOrderByName(therapist.clinicId()).stream()
                .map(t -> new TemplateSummary(t.getId(), t.getName(), t.getGoal(), t.getPrescriptions().size()))
                .toList();
    }

    /**
     * Saves the given program content, with its everyday advice, as a clinic template; dates are
     * left out, they belong to a patient. The rest is checked as a program's is, since the template goes into other patients'
     * programs as it is: problems of the program are named as the builder names them (rx[i].field).
     */
    @Transactional
    public TemplateSummary save(String name, ProgramContent content) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        var undated = content.prescriptions().stream()
                .map(p -> new Prescription(p.exerciseId(), p.dosage(), p.weekdays(), null, null, p.therapistNote()))
                .toList();
        List<FieldProblem> problems = new ArrayList<>(check.problems(new ProgramContent(content.goal(), null,
                undated, content.advice())));
        String trimmed = name == null ? "" : Text.clean(name).strip();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            problems.add(new FieldProblem("templateName", "Name the template (up to 120 characters)."));
        } else if (templates.existsByClinicIdAndName(therapist.clinicId(), trimmed)) {
            problems.add(new FieldProblem("templateName", "Your clinic already has a template of this name."));
        } else if (undated.isEmpty()) {
            problems.add(new FieldProblem("templateName", "Add exercises before saving a template."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ProgramTemplate saved = templates.save(new ProgramTemplate(therapist.clinicId(), trimmed, content.goal(),
                undated, content.advice(), therapist.accountId(), clock.instant()));
        return new TemplateSummary(saved.getId(), saved.getName(), saved.getGoal(), undated.size());
    }

    /** A template's content with its advice, to be merged into a draft by the builder. */
    @Transactional(readOnly = true)
    public ProgramContent content(Long templateId) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        ProgramTemplate template = templates.findById(templateId)
                .filter(t -> t.getClinicId().equals(therapist.clinicId()))
                .orElseThrow(() -> new AccessDeniedException("No such template in your clinic"));
        return new ProgramContent(template.getGoal(), null, template.getPrescriptions(), template.getAdvice());
    }
}
