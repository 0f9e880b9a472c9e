package app.plumbline.patient;

import app.plumbline.security.AccountDirectory;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PatientService {

    private final PatientRepository patients;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    PatientService(PatientRepository patients, AccountDirectory directory, CurrentUser currentUser, Clock clock) {
        this.patients = patients;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The therapist's clinic's patients, by family name. */
    @Transactional(readOnly = true)
    public List<PatientSummary> clinicPatients() {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        List<Patient> list = patients.findByClinicIdOrderByFamilyNameAscGivenNameAsc(therapist.clinicId());
        Map<Long, String> names = directory.displayNames(list.stream().map(Patient::getTherapistId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(p -> PatientSummary.of(p, names.get(p.getTherapistId()), today)).toList();
    }

    /** Links an existing patient account of the therapist's clinic to a new patient record. */
    @Transactional
    public PatientSummary createForAccount(Long accountId, PatientDetailsInput input) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        if (!directory.belongsTo(accountId, therapist.clinicId(), Role.PATIENT)) {
            throw new AccessDeniedException("No such patient account in your clinic");
        }
        LocalDate today = LocalDate.now(clock);
        input.validate(today);
        Patient patient = patients.findByAccountId(accountId).orElseGet(() -> patients.save(
                new Patient(therapist.clinicId(), accountId, therapist.accountId(), input, clock.instant())));
        return PatientSummary.of(patient, therapist.displayName(), today);
    }

    /** The signed-in patient's own record. */
    @Transactional(readOnly = true)
    public MyProfile me() {
        AccountPrincipal me = currentUser.require(Role.PATIENT);
        Patient patient = patients.findByAccountId(me.accountId())
                .orElseThrow(() -> new AccessDeniedException("No patient record for this account"));
        String therapist = patient.getTherapistId() == null ? null
                : directory.displayNames(List.of(patient.getTherapistId())).get(patient.getTherapistId());
        return new MyProfile(patient.getId(), patient.getGivenName(), patient.fullName(), therapist);
    }

    public record MyProfile(Long patientId, String givenName, String fullName, String therapistName) {
    }
}
