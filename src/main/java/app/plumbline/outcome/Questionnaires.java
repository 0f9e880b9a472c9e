package app.plumbline.outcome;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The outcome measures, read and validated once at start-up. An invalid file stops the start with
 * every problem listed (like the exercise catalog); nothing is half-loaded.
 */
@Component
public class Questionnaires {

    private static final Logger log = LoggerFactory.getLogger(Questionnaires.class);

    private final Map<String, Questionnaire> bySlug;

    Questionnaires(QuestionnaireSource source) {
        this.bySlug = Map.copyOf(new QuestionnaireFileReader().read(source.files()));
        log.info("Outcome measures: {} ({} answerable)", bySlug.size(),
                bySlug.values().stream().filter(Questionnaire::answerable).count());
    }

    public Optional<Questionnaire> find(String slug) {
        return Optional.ofNullable(slug == null ? null : bySlug.get(slug));
    }

    public Collection<Questionnaire> all() {
        return bySlug.values().stream().sorted(java.util.Comparator.comparing(Questionnaire::shortName)).toList();
    }
}
