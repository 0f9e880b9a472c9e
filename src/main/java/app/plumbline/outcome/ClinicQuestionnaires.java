package app.plumbline.outcome;

import app.plumbline.base.InvalidInputException;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The measures as the signed-in user's clinic has them: the shipped files, with the texts of a
 * licensed measure (NDI, ODI) where this clinic imported them. Another clinic's imported texts are
 * never seen: the texts are the clinic's under its own licence.
 */
@Component
class ClinicQuestionnaires {

    private static final Logger log = LoggerFactory.getLogger(ClinicQuestionnaires.class);

    private final Questionnaires shipped;
    private final LicensedTextRepository texts;
    private final CurrentUser currentUser;

    ClinicQuestionnaires(Questionnaires shipped, LicensedTextRepository texts, CurrentUser currentUser) {
        this.shipped = shipped;
        this.texts = texts;
        this.currentUser = currentUser;
    }

    Optional<Questionnaire> find(String slug) {
        return shipped.find(slug).map(q -> q.licence().textsIncluded() ? q : clinicId()
                .flatMap(clinic -> texts.findByClinicIdAndQuestionnaire(clinic, q.slug()))
                .map(t -> withTexts(q, t)).orElse(q));
    }

    List<Questionnaire> all() {
        Map<String, LicensedText> imported = clinicId().map(texts::findByClinicId).orElse(List.of()).stream()
                .collect(Collectors.toMap(LicensedText::getQuestionnaire, t -> t));
        return shipped.all().stream().map(q -> q.licence().textsIncluded() || !imported.containsKey(q.slug()) ? q
                : withTexts(q, imported.get(q.slug()))).toList();
    }

    /** The shipped measure without texts, for checking an upload against. */
    Optional<Questionnaire> structure(String slug) {
        return shipped.find(slug);
    }

    private Optional<Long> clinicId() {
        return currentUser.get().map(AccountPrincipal::clinicId);
    }

    private Questionnaire withTexts(Questionnaire structure, LicensedText text) {
        try {
            return LicensedTextFile.apply(structure, LicensedTextFile.read(
                    text.getContent().getBytes(StandardCharsets.UTF_8), shipped::find));
        } catch (InvalidInputException e) {
            // Imported under an older structure of the measure: the measure waits for a new import.
            log.warn("The imported {} texts of clinic {} no longer fit the measure: {}", structure.slug(),
                    text.getClinicId(), e.getMessage());
            return structure;
        }
    }
}
