package app.plumbline.patient;

import app.plumbline.audit.AuditLog;
import app.plumbline.security.AccountDirectory;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.AccountSummary;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.NewActivation;
import app.plumbline.security.PatientAccounts;
import app.plumbline.security.Role;
import java.time.Clock;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Patients of the therapist's clinic: details, portal account, assessments and findings. */
@Service
public class PatientService {

    private final PatientRepository patients;
    private final AssessmentRepository assessments;
    private final PatientAccess access;
    private final PatientAccounts accounts;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final PatternCheck patterns;
    private final AuditLog audit;
    private final Clock clock;
    private final PatientSearch search;
    private final PatientSummaries summaries;

    PatientService(PatientRepository patients, AssessmentRepository assessments, PatientAccess access,
            PatientAccounts accounts, AccountDirectory directory, CurrentUser currentUser, PatternCheck patterns,
            AuditLog audit, Clock clock, PatientSearch search, PatientSummaries summaries) {
        this.patients = patients;
        this.search = search;
        this.summaries = summaries;
        this.assessments = assessments;
        this.access = access;
        this.accounts = accounts;
        this.directory = directory;
        this.currentUser = currentUser;
        this.patterns = patterns;
        this.audit = audit;
        this.clock = clock;
    }

    /** The therapist's clinic's patients, by family name, with the patterns of their latest assessment. */
    @Transactional(readOnly = true)
    public List<PatientSummary> clinicPatients() {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return summaries.of(patients.findByClinicIdOrderByFamilyNameAscGivenNameAsc(therapist.clinicId()));
    }

    /**
     * One page of the clinic's patients that match the query, in its order: search, sort and paging
     * happen in the database, and only the page's summaries are made.
     */
    @Transactional(readOnly = true)
    public List<PatientSummary> page(PatientQuery query, int offset, int limit) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return summaries.of(search.page(therapist.clinicId(), query, offset, limit));
    }

    /** How many of the clinic's patients match the query. */
    @Transactional(readOnly = true)
    public int count(PatientQuery query) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return Math.toIntExact(search.count(therapist.clinicId(), query));
    }

    /**
     * The ids of every patient of the clinic that matches the query, in its order: for a list ordered
     * by what another module knows of the patients (it orders these ids, then asks {@link #summaries(List)}
     * for one page of them).
     */
    @Transactional(readOnly = true)
    public List<Long> ids(PatientQuery query) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return search.ids(therapist.clinicId(), query);
    }

    /** The summaries of the given patients of the clinic, in the order given; others are left out. */
    @Transactional(readOnly = true)
    public List<PatientSummary> summaries(List<Long> patientIds) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        if (patientIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Patient> found = patients.findByIdInAndClinicId(patientIds, therapist.clinicId()).stream()
                .collect(Collectors.toMap(Patient::getId, p -> p));
        return summaries.of(patientIds.stream().distinct().map(found::get).filter(Objects::nonNull).toList());
    }

    /** Whether the patient has chosen a password for the portal (activated, and not reset since). */
    @Transactional(readOnly = true)
    public boolean activated(PatientRef patient) {
        PatientRef ref = access.therapist(patient);
        return !directory.activated(List.of(ref.accountId())).isEmpty();
    }

    @Transactional(readOnly = true)
    public PatientDetails details(PatientRef patient) {
        PatientRef ref = access.therapist(patient);
        Patient record = patients.findById(ref.id()).orElseThrow();
        List<Assessment> history = assessments.findByPatientIdOrderByAssessedOnDescIdDesc(ref.id());
        Set<Long> people = new HashSet<>();
        people.add(record.getTherapistId());
        history.forEach(a -> people.add(a.getTherapistId()));
        people.remove(null);
        Map<Long, String> names = directory.displayNames(people);
        String username = directory.find(record.getAccountId()).map(AccountSummary::username).orElse(null);
        return new PatientDetails(record.getId(), record.getGivenName(), record.getFamilyName(),
                record.getDateOfBirth(), record.getEmail(), record.getPreferredLanguage(), record.getNotes(),
                record.isActive(), username, names.get(record.getTherapistId()), record.getVersion(),
                history.stream().map(a -> new PatientDetails.AssessmentRecord(a.getId(), a.getAssessedOn(),
                        names.get(a.getTherapistId()), a.getNote(), a.getFindings())).toList());
    }

    /** A new patient with a portal account; the activation code comes back once, to be passed on. */
    @Transactional
    public NewPatient create(PatientDetailsInput input) {
        return create(input, List.of());
    }

    /**
     * A new patient as {@link #create(PatientDetailsInput)}, with the findings of today's
     * assessment when there are any: both or neither are saved, and every problem of either is
     * reported at once.
     */
    @Transactional
    public NewPatient create(PatientDetailsInput input, List<Finding> findings) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        AssessmentInput assessment = new AssessmentInput(currentUser.today(), null, findings);
        List<FieldProblem> problems = new ArrayList<>(input.problems(currentUser.today()));
        if (!findings.isEmpty()) {
            problems.addAll(assessment.problems(currentUser.today(), patterns.known()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Long accountId = accounts.open(input.givenName(), input.familyName());
        Patient patient = patients.save(new Patient(therapist.clinicId(), accountId, therapist.accountId(), input,
                clock.instant()));
        NewActivation activation = accounts.newCode(accountId);
        audit.write(patient.getId(), "patient.create", null);
        if (!findings.isEmpty()) {
            save(patient, assessment);
        }
        return new NewPatient(patient.getId(), activation);
    }

    @Transactional
    public void update(PatientRef ref, long loadedVersion, PatientDetailsInput input) {
        Patient patient = own(ref);
        if (patient.getVersion() != loadedVersion) {
            throw new ObjectOptimisticLockingFailureException(Patient.class, ref.id());
        }
        input.validate(currentUser.today());
        patient.apply(input);
        audit.write(ref.id(), "patient.update", null);
    }

    /** A fresh activation code (the old one stops working), e.g. when the first one expired. */
    @Transactional
    public NewActivation newActivationCode(PatientRef ref) {
        Patient patient = own(ref);
        audit.write(ref.id(), "patient.activation-code", null);
        return accounts.newCode(patient.getAccountId());
    }

    /** Deactivated patients keep all their data but cannot sign in; reactivating restores both. */
    @Transactional
    public void setActive(PatientRef ref, boolean active) {
        Patient patient = own(ref);
        if (active) {
            patient.reactivate();
        } else {
            patient.deactivate();
        }
        accounts.setActive(patient.getAccountId(), active);
        audit.write(ref.id(), active ? "patient.reactivate" : "patient.deactivate", null);
    }

    @Transactional
    public void recordAssessment(PatientRef ref, AssessmentInput input) {
        Patient patient = own(ref);
        input.validate(currentUser.today(), patterns.known());
        save(patient, input);
    }

    private void save(Patient patient, AssessmentInput input) {
        assessments.save(new Assessment(patient.getId(), currentUser.require().accountId(), input.assessedOn(),
                input.note(), input.findings(), clock.instant()));
        audit.write(patient.getId(), "assessment.create",
                input.findings().stream().map(Finding::patternSlug).collect(Collectors.joining(", ")));
    }

    /**
     * The first day the clinic knew the patient: the day the record was created, or an earlier
     * assessment typed in afterwards. Paper records dated before it are refused.
     */
    @Transactional(readOnly = true)
    public LocalDate firstSeenOn(PatientRef patient) {
        PatientRef ref = access.therapist(patient);
        Patient record = patients.findById(ref.id()).orElseThrow();
        LocalDate created = record.getCreatedAt().atZone(currentUser.zone()).toLocalDate();
        return assessments.findByPatientIdOrderByAssessedOnDescIdDesc(ref.id()).stream()
                .map(Assessment::getAssessedOn).filter(created::isAfter).min(LocalDate::compareTo).orElse(created);
    }

    /** The findings of the patient's latest assessment, for the program builder. */
    @Transactional(readOnly = true)
    public List<Finding> currentFindings(PatientRef patient) {
        PatientRef ref = access.therapist(patient);
        return summaries.latestFindings(List.of(ref.id())).getOrDefault(ref.id(), List.of());
    }

    /** The signed-in patient's own record. */
    @Transactional(readOnly = true)
    public MyProfile me() {
        PatientRef me = access.self("Read their own profile");
        String therapist = me.therapistId() == null ? null
                : directory.displayNames(List.of(me.therapistId())).get(me.therapistId());
        return new MyProfile(me.id(), me.givenName(), me.fullName(), therapist);
    }

    /** Links an existing patient account to a new patient record; for seeding demo and test data. */
    @Transactional
    public PatientRef createForAccount(Long accountId, PatientDetailsInput input) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        if (!directory.belongsTo(accountId, therapist.clinicId(), Role.PATIENT)) {
            audit.denied(null, "patient.create-for-account", "No such patient account in your clinic");
            throw new AccessDeniedException("No such patient account in your clinic");
        }
        input.validate(currentUser.today());
        Patient patient = patients.findByAccountId(accountId).orElseGet(() -> patients.save(
                new Patient(therapist.clinicId(), accountId, therapist.accountId(), input, clock.instant())));
        return access.created(patient);
    }

    public record MyProfile(Long patientId, String givenName, String fullName, String therapistName) {
    }

    public record NewPatient(Long patientId, NewActivation activation) {
    }

    private Patient own(PatientRef patient) {
        return patients.findById(access.therapist(patient).id()).orElseThrow();
    }
}
