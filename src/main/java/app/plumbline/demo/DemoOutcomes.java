package app.plumbline.demo;

import app.plumbline.outcome.OutcomeService;
import app.plumbline.outcome.PaperAnswers;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSummary;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.SystemAccounts;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo patients' outcome measures, typed in from paper at the start, after four weeks and
 * yesterday, matching their stories: Maria and Peter better, David better with little pain left,
 * Helen a little better, James answered twice and stopped, Sofia's jaw and pain worse. Seeded after
 * the clinic ({@link DemoClinicSeeder}), once: a patient with any outcome is left alone.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "plumbline.demo.enabled", havingValue = "true")
class DemoOutcomes implements ApplicationRunner {

    /** username → measure → answers at 8 weeks ago, 4 weeks ago and yesterday (null: not answered). */
    private static final Map<String, Map<String, int[][]>> STORIES = Map.of(
            "maria.lopez", Map.of("psfs", new int[][] {{3, 4, 4}, {5, 5, 6}, {7, 7, 8}}, "nprs", new int[][] {{6}, {4}, {3}}),
            "peter.novak", Map.of("psfs", new int[][] {{4, 4, 5}, {6, 6, 6}, {7, 8, 8}}, "nprs", new int[][] {{5}, {3}, {3}}),
            "david.kim", Map.of("psfs", new int[][] {{5, 5, 6}, {7, 7, 7}, {8, 8, 9}}, "nprs", new int[][] {{3}, {2}, {1}}),
            "helen.wright", Map.of("psfs", new int[][] {{4, 4, 4}, {4, 5, 4}, {5, 5, 5}}),
            "james.oconnor", Map.of("psfs", new int[][] {{4, 4, 5}, {4, 5, 5}, null}),
            "sofia.rossi", Map.of("jfls-8", new int[][] {{3, 4, 2, 3, 1, 4, 2, 2}, {4, 5, 2, 4, 2, 5, 3, 3},
                    {5, 6, 3, 5, 2, 6, 4, 4}}, "nprs", new int[][] {{4}, {5}, {7}}));
    private static final List<String> KEYS_PSFS = List.of("activity-1", "activity-2", "activity-3");
    private static final List<String> KEYS_JFLS = List.of("chew-tough-food", "chew-chicken", "eat-soft-food",
            "open-to-drink", "swallow", "yawn", "talk", "smile");

    private final SystemAccounts system;
    private final PatientService patients;
    private final PatientAccess access;
    private final OutcomeService outcomes;
    private final CurrentUser currentUser;

    DemoOutcomes(SystemAccounts system, PatientService patients, PatientAccess access, OutcomeService outcomes,
            CurrentUser currentUser) {
        this.system = system;
        this.patients = patients;
        this.access = access;
        this.outcomes = outcomes;
        this.currentUser = currentUser;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!system.holdsRealData()) {
            seed();
        }
    }

    /** Seeds each demo patient who has no outcome yet (the guard against a real clinic is run's). */
    void seed() {
        for (DemoPeople.DemoPatient p : DemoPeople.PATIENTS) {
            var story = STORIES.get(p.username());
            var therapist = system.accountId(p.therapist());
            if (story == null || therapist.isEmpty()) {
                continue;
            }
            system.runAs(therapist.get(), () -> {
                patients.clinicPatients().stream()
                        .filter(s -> s.fullName().equals(p.givenName() + " " + p.familyName()))
                        .map(PatientSummary::id).min(Long::compare)
                        .map(id -> access.forTherapist(id, "Demo: typed in paper questionnaires"))
                        .filter(ref -> outcomes.overview(ref).results().isEmpty())
                        .ifPresent(ref -> record(ref, story));
                return null;
            });
        }
    }

    private void record(PatientRef patient, Map<String, int[][]> story) {
        LocalDate today = currentUser.today();
        List<LocalDate> days = List.of(today.minusWeeks(DemoClinicSeeder.WEEKS), today.minusWeeks(4), today.minusDays(1));
        story.forEach((slug, answers) -> {
            for (int i = 0; i < days.size(); i++) {
                if (answers[i] != null) {
                    outcomes.recordPaper(patient, new PaperAnswers(slug, days.get(i), ticks(slug, answers[i]),
                            labels(slug)));
                }
            }
        });
    }

    /** The activities the demo patients named on their PSFS (a paper PSFS carries them too). */
    private static Map<String, String> labels(String slug) {
        return slug.equals("psfs") ? Map.of("activity-1", "Working at the computer", "activity-2",
                "Carrying shopping bags", "activity-3", "Looking over my shoulder when driving") : Map.of();
    }

    private static Map<String, List<Integer>> ticks(String slug, int[] values) {
        List<String> keys = switch (slug) {
            case "psfs" -> KEYS_PSFS;
            case "jfls-8" -> KEYS_JFLS;
            default -> List.of("pain");
        };
        Map<String, List<Integer>> ticks = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            ticks.put(keys.get(i), List.of(values[i]));
        }
        return ticks;
    }
}
