package app.plumbline.demo;

import app.plumbline.patient.FindingSide;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.AssessmentInput;
import app.plumbline.patient.Finding;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.program.Prescription;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Who is in the demo clinic. The logins are listed in the README; keep both in step. */
final class DemoPeople {

    static final String PASSWORD = "plumbline-demo";
    static final String CLINIC = "Lindenhof Physiotherapy (demo)";
    static final String CONTACT_LINE = "Lindenstraße 12, 10969 Berlin · Phone 030 555 0100 · hello@lindenhof.example";
    static final String PORTAL_ADDRESS = "http://localhost:8080/";

    record Staff(String username, String name) {
    }

    /** A finding of the demo assessment: pattern slug, side, severity 1-3. */
    record DemoFinding(String pattern, FindingSide side, int severity) {
    }

    /**
     * story: what the patient's weeks of logs will show once logs exist; findings and exercises
     * (catalog slugs) make the first published program.
     */
    record DemoPatient(String username, String givenName, String familyName, LocalDate born, String therapist,
            String story, String goal, List<DemoFinding> findings, List<String> exercises, int timesPerDay) {

        PatientDetailsInput details() {
            return new PatientDetailsInput(givenName, familyName, born, username + "@example.org", "en", null);
        }

        AssessmentInput assessment(LocalDate on) {
            return new AssessmentInput(on, "Initial assessment.",
                    findings.stream().map(f -> new Finding(f.pattern(), f.side(), f.severity(), null)).toList());
        }

        /** The first program's exercises at their catalog dosage, as often a day as the story needs. */
        List<Prescription> prescriptions(Map<String, ExerciseCard> catalogBySlug, LocalDate start) {
            return exercises.stream().map(catalogBySlug::get).map(e -> {
                Dosage d = e.dosage();
                return new Prescription(e.id(), d.withSchedule(timesPerDay, d.daysPerWeek()), null, start, null, null);
            }).toList();
        }
    }

    static final Staff ADMIN = new Staff("admin", "Clara Admin");
    static final Staff ANNA = new Staff("anna.berg", "Anna Berg");
    static final Staff TOM = new Staff("tom.ruiz", "Tom Ruiz");

    static final List<DemoPatient> PATIENTS = List.of(
            new DemoPatient("maria.lopez", "Maria", "Lopez", LocalDate.of(1978, 4, 12), ANNA.username(),
                    "doing well", "Work a full day at the desk without neck pain",
                    List.of(new DemoFinding("forward-head-posture", FindingSide.BOTH, 2),
                            new DemoFinding("upper-crossed-syndrome", FindingSide.BOTH, 2)),
                    List.of("chin-tuck", "upper-trapezius-stretch", "doorway-pec-stretch",
                            "scapular-retraction-sitting"), 1),
            new DemoPatient("james.oconnor", "James", "O'Connor", LocalDate.of(1965, 9, 3), ANNA.username(),
                    "stopped logging two weeks ago", "Garden for an hour without low back pain",
                    List.of(new DemoFinding("anterior-pelvic-tilt", FindingSide.BOTH, 2)),
                    List.of("half-kneeling-hip-flexor-stretch", "glute-bridge", "dead-bug"), 1),
            new DemoPatient("sofia.rossi", "Sofia", "Rossi", LocalDate.of(1990, 1, 27), ANNA.username(),
                    "pain rising", "Eat and talk without jaw pain or clicking",
                    List.of(new DemoFinding("jaw-asymmetry", FindingSide.RIGHT, 3),
                            new DemoFinding("suboccipital-tension", FindingSide.BOTH, 2)),
                    List.of("masseter-self-release", "controlled-jaw-opening", "alternating-side-chewing",
                            "chin-tuck"), 1),
            new DemoPatient("david.kim", "David", "Kim", LocalDate.of(1985, 6, 30), TOM.username(),
                    "finds everything too easy", "Run 10 km without back stiffness",
                    List.of(new DemoFinding("flat-back", FindingSide.BOTH, 1)),
                    List.of("psoas-march", "bird-dog", "hamstring-stretch-supine-towel"), 1),
            new DemoPatient("helen.wright", "Helen", "Wright", LocalDate.of(1952, 11, 8), TOM.username(),
                    "does only half", "Stand taller and breathe easier on walks",
                    List.of(new DemoFinding("thoracic-hyperkyphosis", FindingSide.BOTH, 3),
                            new DemoFinding("breathing-pattern-dysfunction", FindingSide.BOTH, 1)),
                    List.of("seated-thoracic-extension-chair", "scapular-retraction-sitting",
                            "diaphragmatic-breathing", "chin-tuck"), 1),
            new DemoPatient("peter.novak", "Peter", "Novak", LocalDate.of(1971, 3, 15), TOM.username(),
                    "trains twice a day", "Walk without the hip dropping and the foot rolling in",
                    List.of(new DemoFinding("lateral-pelvic-tilt", FindingSide.LEFT, 2),
                            new DemoFinding("foot-over-pronation", FindingSide.LEFT, 2)),
                    List.of("clamshell", "side-lying-hip-abduction", "short-foot",
                            "quadratus-lumborum-side-stretch"), 2));

    private DemoPeople() {
    }
}
