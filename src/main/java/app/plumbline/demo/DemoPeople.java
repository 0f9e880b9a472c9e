package app.plumbline.demo;

import java.time.LocalDate;
import java.util.List;

/** Who is in the demo clinic. The logins are listed in the README; keep both in step. */
final class DemoPeople {

    static final String PASSWORD = "plumbline-demo";
    static final String CLINIC = "Lindenhof Physiotherapy (demo)";

    record Staff(String username, String name) {
    }

    /** story: what the patient's weeks of logs will show once programs and logs exist. */
    record DemoPatient(String username, String givenName, String familyName, LocalDate born, String therapist,
            String story) {
    }

    static final Staff ADMIN = new Staff("admin", "Clara Admin");
    static final Staff ANNA = new Staff("anna.berg", "Anna Berg");
    static final Staff TOM = new Staff("tom.ruiz", "Tom Ruiz");

    static final List<DemoPatient> PATIENTS = List.of(
            new DemoPatient("maria.lopez", "Maria", "Lopez", LocalDate.of(1978, 4, 12), ANNA.username(),
                    "doing well"),
            new DemoPatient("james.oconnor", "James", "O'Connor", LocalDate.of(1965, 9, 3), ANNA.username(),
                    "stopped logging two weeks ago"),
            new DemoPatient("sofia.rossi", "Sofia", "Rossi", LocalDate.of(1990, 1, 27), ANNA.username(),
                    "pain rising"),
            new DemoPatient("david.kim", "David", "Kim", LocalDate.of(1985, 6, 30), TOM.username(),
                    "finds everything too easy"),
            new DemoPatient("helen.wright", "Helen", "Wright", LocalDate.of(1952, 11, 8), TOM.username(),
                    "does only half"),
            new DemoPatient("peter.novak", "Peter", "Novak", LocalDate.of(1971, 3, 15), TOM.username(),
                    "trains twice a day"));

    private DemoPeople() {
    }
}
