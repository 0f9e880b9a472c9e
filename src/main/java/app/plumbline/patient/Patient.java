package app.plumbline.patient;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/** A person with a home-exercise program, always within one clinic, with a portal account. */
@Entity
public class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long clinicId;
    private Long accountId;
    private Long therapistId;
    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private String email;
    private String preferredLanguage = "en";
    private String notes;
    private boolean active = true;
    private Instant createdAt;
    @Version
    private long version;

    protected Patient() {
    }

    Patient(Long clinicId, Long accountId, Long therapistId, PatientDetailsInput input, Instant createdAt) {
        this.clinicId = clinicId;
        this.accountId = accountId;
        this.therapistId = therapistId;
        this.createdAt = createdAt;
        apply(input);
    }

    void apply(PatientDetailsInput input) {
        this.givenName = input.givenName();
        this.familyName = input.familyName();
        this.dateOfBirth = input.dateOfBirth();
        this.email = input.email();
        this.preferredLanguage = input.preferredLanguage();
        this.notes = input.notes();
    }

    void deactivate() {
        active = false;
    }

    void reactivate() {
        active = true;
    }

    public long getVersion() {
        return version;
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, day).getYears();
    }

    public java.time.Instant getCreatedAt() {
        return createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getClinicId() {
        return clinicId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getTherapistId() {
        return therapistId;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getEmail() {
        return email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isActive() {
        return active;
    }
}
