package app.plumbline.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import app.plumbline.testing.TestClock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The patient list's search, order and paging in the database. Four patients of the demo clinic
 * whose names contain "quill" (no demo patient's does), and a namesake in another clinic.
 */
@ServiceTest
class PatientQueryTest {

    private static final String KNEE = "knee-hyperextension";
    private static final String SHOULDER = "humeral-anterior-glide";
    private static final String SCAPULA = "scapular-depression";

    /** Made once for the shared context: name to id. */
    private static final Map<String, Long> IDS = new HashMap<>();

    @Autowired
    PatientService patients;
    @Autowired
    SignIn signIn;
    @Autowired
    OtherClinic otherClinic;

    @BeforeEach
    void fourPatientsOfAnnaAndTomAndOneElsewhere() {
        if (!IDS.isEmpty()) {
            return;
        }
        signIn.as("anna.berg");
        // Ada's latest assessment (today) has the knee; an older one typed in afterwards has the scapula.
        Long ada = create("Ada", "Quillfeather", LocalDate.of(1990, 3, 1), KNEE);
        patients.recordAssessment(signIn.ref(ada), new AssessmentInput(TestClock.today().minusDays(30), null,
                List.of(new Finding(SCAPULA, FindingSide.BOTH, 1, null))));
        // Bruno had the knee, and a second assessment on the same day replaced it with the shoulder.
        Long bruno = create("Bruno", "Quillfeather", LocalDate.of(1950, 6, 1), KNEE);
        patients.recordAssessment(signIn.ref(bruno), new AssessmentInput(TestClock.today(), null,
                List.of(new Finding(SHOULDER, FindingSide.LEFT, 2, null))));
        signIn.as("tom.ruiz");
        Long cleo = create("Cleo", "Quillon", null, null);
        Long dora = create("Dora", "Quillon", LocalDate.of(2000, 9, 9), null);
        patients.setActive(signIn.ref(dora), false);
        signIn.as(otherClinic.therapist());
        Long eve = create("Eve", "Quillfeather", LocalDate.of(1980, 1, 1), KNEE);
        IDS.putAll(Map.of("Ada", ada, "Bruno", bruno, "Cleo", cleo, "Dora", dora, "Eve", eve));
        signIn.out();
    }

    private Long create(String given, String family, LocalDate born, String pattern) {
        var input = new PatientDetailsInput(given, family, born, null, "en", null);
        return pattern == null ? patients.create(input).patientId()
                : patients.create(input, List.of(new Finding(pattern, FindingSide.BOTH, 2, null))).patientId();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static PatientQuery quill(PatientSort sort, boolean descending) {
        return PatientQuery.matching("quill", Set.of()).sortedBy(sort, descending);
    }

    private List<String> givenNames(List<Long> ids) {
        Map<Long, String> byId = new HashMap<>();
        IDS.forEach((name, id) -> byId.put(id, name));
        return ids.stream().map(byId::get).toList();
    }

    private List<String> pageNames(PatientQuery query, int offset, int limit) {
        return givenNames(patients.page(query, offset, limit).stream().map(PatientSummary::id).toList());
    }

    @Test
    void theNameIsSearchedCaseInsensitivelyAnywhereInTheFullName() {
        signIn.as("anna.berg");
        assertThat(givenNames(patients.ids(quill(PatientSort.NAME, false)))).containsExactly("Ada", "Bruno", "Cleo", "Dora");
        assertThat(patients.count(quill(PatientSort.NAME, false))).isEqualTo(4);
        assertThat(givenNames(patients.ids(PatientQuery.matching("  QUILLON ", Set.of())))).containsExactly("Cleo", "Dora");
        // Across the given and the family name, as the list shows the full name.
        assertThat(givenNames(patients.ids(PatientQuery.matching("leo quil", Set.of())))).containsExactly("Cleo");
        // Wildcards are taken as typed: nobody's name holds "_uill" or "quill%".
        assertThat(patients.count(PatientQuery.matching("_uill", Set.of()))).isZero();
        assertThat(patients.count(PatientQuery.matching("quill%", Set.of()))).isZero();
    }

    @Test
    void aPatternMatchesOnlyAmongTheFindingsOfTheLatestAssessment() {
        signIn.as("anna.berg");
        List<PatientSummary> knee = patients.page(PatientQuery.matching("no such name", Set.of(KNEE)), 0, 1000);
        assertThat(knee).extracting(PatientSummary::id).contains(IDS.get("Ada"))
                .doesNotContain(IDS.get("Bruno"), IDS.get("Eve"));
        assertThat(knee).allSatisfy(p -> assertThat(p.patternSlugs()).contains(KNEE));
        assertThat(patients.count(PatientQuery.matching("no such name", Set.of(KNEE)))).isEqualTo(knee.size());

        assertThat(patients.ids(PatientQuery.matching("no such name", Set.of(SHOULDER)))).contains(IDS.get("Bruno"));
        assertThat(patients.ids(PatientQuery.matching("no such name", Set.of(SCAPULA)))).doesNotContain(IDS.get("Ada"));
        // Name or pattern: the Quillons by name, and Ada by her knee.
        assertThat(patients.ids(PatientQuery.matching("quillon", Set.of(KNEE))))
                .contains(IDS.get("Ada"), IDS.get("Cleo"), IDS.get("Dora")).doesNotContain(IDS.get("Bruno"));
        // Without a text nothing is narrowed, whatever the patterns.
        assertThat(patients.count(new PatientQuery(" ", Set.of(KNEE), PatientSort.NAME, false)))
                .isEqualTo(patients.clinicPatients().size());
    }

    @Test
    void eachOrderGoesBothWays() {
        signIn.as("anna.berg");
        assertThat(pageNames(quill(PatientSort.NAME, false), 0, 10)).containsExactly("Ada", "Bruno", "Cleo", "Dora");
        assertThat(pageNames(quill(PatientSort.NAME, true), 0, 10)).containsExactly("Dora", "Cleo", "Bruno", "Ada");
        // Youngest first, an unknown age before everyone (and last the other way round).
        assertThat(pageNames(quill(PatientSort.AGE, false), 0, 10)).containsExactly("Cleo", "Dora", "Ada", "Bruno");
        assertThat(pageNames(quill(PatientSort.AGE, true), 0, 10)).containsExactly("Bruno", "Ada", "Dora", "Cleo");
        // Anna Berg before Tom Ruiz; the same therapist's patients by name either way.
        assertThat(pageNames(quill(PatientSort.THERAPIST, false), 0, 10)).containsExactly("Ada", "Bruno", "Cleo", "Dora");
        assertThat(pageNames(quill(PatientSort.THERAPIST, true), 0, 10)).containsExactly("Cleo", "Dora", "Ada", "Bruno");
        // Active before inactive.
        assertThat(pageNames(quill(PatientSort.STATUS, false), 0, 10)).containsExactly("Ada", "Bruno", "Cleo", "Dora");
        assertThat(pageNames(quill(PatientSort.STATUS, true), 0, 10)).containsExactly("Dora", "Ada", "Bruno", "Cleo");
        // ids() comes in the same order as the pages.
        assertThat(givenNames(patients.ids(quill(PatientSort.AGE, true)))).containsExactly("Bruno", "Ada", "Dora", "Cleo");
    }

    @Test
    void lettersBeyondAsciiAreFoundInAnyCase() {
        // The search lower-cases in SQL, which follows the database's locale: on a PostgreSQL
        // database made with the C locale lower() changes A–Z only, and nobody typing "øster" or
        // "ØSTERGÅRD" would find Østergård.
        signIn.as("anna.berg");
        Long zoe = create("Zoë", "Østergård", null, null);
        for (String typed : List.of("øster", "ØSTERGÅRD", "zoë øst", "ZOË", "Østergård")) {
            assertThat(patients.ids(PatientQuery.matching(typed, Set.of()))).as(typed).containsExactly(zoe);
        }
    }

    @Test
    void theDefaultOrderIsByFamilyNameThenGivenName() {
        signIn.as("anna.berg");
        assertThat(PatientQuery.all().sort()).isEqualTo(PatientSort.NAME);
        List<Long> everyone = patients.page(PatientQuery.all(), 0, 1000).stream().map(PatientSummary::id).toList();
        assertThat(everyone).hasSize(patients.count(PatientQuery.all())).isEqualTo(patients.ids(PatientQuery.all()));
        assertThat(givenNames(everyone).stream().filter(java.util.Objects::nonNull))
                .containsExactly("Ada", "Bruno", "Cleo", "Dora");
    }

    @Test
    void pagesAreCutByOffsetAndLimit() {
        signIn.as("anna.berg");
        assertThat(pageNames(quill(PatientSort.NAME, false), 0, 2)).containsExactly("Ada", "Bruno");
        assertThat(pageNames(quill(PatientSort.NAME, false), 1, 2)).containsExactly("Bruno", "Cleo");
        assertThat(pageNames(quill(PatientSort.NAME, false), 3, 50)).containsExactly("Dora");
        assertThat(patients.page(quill(PatientSort.NAME, false), 4, 50)).isEmpty();
        assertThat(patients.page(quill(PatientSort.NAME, false), 0, 0)).isEmpty();
        assertThatThrownBy(() -> patients.page(quill(PatientSort.NAME, false), -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
        // A page's summaries are whole: therapist, age, patterns, status.
        assertThat(patients.page(quill(PatientSort.NAME, false), 0, 1)).singleElement().satisfies(ada -> {
            assertThat(ada.fullName()).isEqualTo("Ada Quillfeather");
            assertThat(ada.therapistName()).isEqualTo("Anna Berg");
            assertThat(ada.age()).isEqualTo(Period.between(LocalDate.of(1990, 3, 1), TestClock.today()).getYears());
            assertThat(ada.patternSlugs()).containsExactly(KNEE);
            assertThat(ada.active()).isTrue();
        });
    }

    @Test
    void summariesOfChosenIdsKeepTheirOrderAndLeaveOutOtherClinics() {
        signIn.as("anna.berg");
        assertThat(patients.summaries(List.of(IDS.get("Dora"), IDS.get("Eve"), IDS.get("Ada"))))
                .extracting(PatientSummary::fullName).containsExactly("Dora Quillon", "Ada Quillfeather");
    }

    @Test
    void anotherClinicsPatientsAreNeverReturned() {
        signIn.as("anna.berg");
        assertThat(patients.ids(PatientQuery.matching("eve quill", Set.of()))).isEmpty();
        assertThat(patients.ids(PatientQuery.all())).doesNotContain(IDS.get("Eve"));
        assertThat(patients.page(PatientQuery.matching("quill", Set.of(KNEE)), 0, 1000))
                .extracting(PatientSummary::id).doesNotContain(IDS.get("Eve"));

        signIn.as(otherClinic.therapist());
        assertThat(givenNames(patients.ids(quill(PatientSort.NAME, false)))).containsExactly("Eve");
        assertThat(patients.count(PatientQuery.all())).isEqualTo(patients.clinicPatients().size());
        assertThat(patients.summaries(List.of(IDS.get("Ada")))).isEmpty();
    }

    @Test
    void aPatientIsRefused() {
        signIn.as("maria.lopez");
        assertThatThrownBy(() -> patients.page(PatientQuery.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.count(PatientQuery.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.ids(PatientQuery.all())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.summaries(List.of(IDS.get("Ada")))).isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThatThrownBy(() -> patients.count(PatientQuery.all())).isInstanceOf(AccessDeniedException.class);
    }
}
