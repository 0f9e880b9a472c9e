package app.plumbline.outcome;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.security.AccountDirectory;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic admin imports the texts of a licensed measure (NDI, ODI v2.1a) the clinic holds a
 * licence for, or removes them. The texts are stored per clinic and never shipped; importing needs
 * the admin's confirmation that the clinic holds the licence, which the audit trail keeps with who
 * and when.
 */
@Service
public class LicensedTextService {

    /** Bytes: the texts of a ten-item measure are a few kilobytes. */
    public static final int MAX_FILE_BYTES = 60_000;

    private final ClinicQuestionnaires questionnaires;
    private final LicensedTextRepository texts;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    LicensedTextService(ClinicQuestionnaires questionnaires, LicensedTextRepository texts, AccountDirectory directory,
            CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.questionnaires = questionnaires;
        this.texts = texts;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The measures whose texts Plumbline leaves out, and whether this clinic imported them. */
    @Transactional(readOnly = true)
    public List<LicensedMeasure> measures() {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        Map<String, LicensedText> imported = texts.findByClinicId(admin.clinicId()).stream()
                .collect(Collectors.toMap(LicensedText::getQuestionnaire, t -> t));
        Map<Long, String> names = directory.displayNames(imported.values().stream().map(LicensedText::getImportedBy)
                .toList());
        List<LicensedMeasure> measures = new ArrayList<>();
        for (Questionnaire q : questionnaires.all()) {
            var structure = questionnaires.structure(q.slug()).orElseThrow();
            if (structure.licence().textsIncluded()) {
                continue;
            }
            LicensedText text = imported.get(q.slug());
            measures.add(new LicensedMeasure(q.slug(), q.shortName(), q.name(), structure.licence().note(),
                    text != null && q.answerable(), text == null ? null : names.get(text.getImportedBy()),
                    text == null ? null : text.getImportedAt()));
        }
        return measures;
    }

    /**
     * Checks the file against its measure's structure and stores it for this clinic (replacing an
     * earlier import). Every problem comes back at once as {@code line N/field}; nothing is stored then.
     */
    @Transactional
    public LicensedMeasure importTexts(byte[] file, boolean licenceHeld) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        List<FieldProblem> problems = new ArrayList<>();
        if (!licenceHeld) {
            problems.add(new FieldProblem("licenceHeld", "Confirm that the clinic holds a licence for these texts."));
        }
        if (file == null || file.length == 0) {
            problems.add(new FieldProblem("file", "Choose the file with the texts."));
        } else if (file.length > MAX_FILE_BYTES) {
            problems.add(new FieldProblem("file", "The file is larger than " + MAX_FILE_BYTES / 1000 + " KB."));
        }
        LicensedTextFile.Texts parsed = null;
        if (problems.stream().noneMatch(p -> p.field().equals("file"))) {
            try {
                parsed = LicensedTextFile.read(file, questionnaires::structure);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String slug = parsed.measure();
        String content = new String(file, StandardCharsets.UTF_8);
        var row = texts.findByClinicIdAndQuestionnaire(admin.clinicId(), slug).orElse(null);
        if (row == null) {
            texts.save(new LicensedText(admin.clinicId(), slug, content, admin.accountId(), clock.instant()));
        } else {
            row.replace(content, admin.accountId(), clock.instant());
        }
        audit.write(null, "questionnaire.texts.import", slug + ": " + parsed.items().size() + " items imported; "
                + admin.displayName() + " (" + admin.username() + ") confirmed the clinic holds a licence for them");
        return measures().stream().filter(m -> m.slug().equals(slug)).findFirst().orElseThrow();
    }

    /** Removes this clinic's texts of the measure: it can no longer be assigned or printed. */
    @Transactional
    public void remove(String slug) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        var row = texts.findByClinicIdAndQuestionnaire(admin.clinicId(), slug == null ? "" : slug)
                .orElseThrow(() -> new InvalidInputException("questionnaire", "No texts of this measure are imported."));
        texts.delete(row);
        audit.write(null, "questionnaire.texts.remove", slug + ": imported texts removed");
    }
}
