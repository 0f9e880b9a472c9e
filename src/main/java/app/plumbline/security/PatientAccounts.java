package app.plumbline.security;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.Outcome;
import app.plumbline.base.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Portal accounts of patients: opened by their therapist without a password, activated by the
 * patient with a one-time code (valid 7 days) that lets them choose their own password.
 */
@Component
public class PatientAccounts {

    static final Duration CODE_VALIDITY = Duration.ofDays(7);
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final ActivationCodeRepository codes;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AccountSessions sessions;
    private final SecretTries secretTries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PatientAccounts(UserAccountRepository accounts, ActivationCodeRepository codes, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, AccountSessions sessions, SecretTries secretTries,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.secretTries = secretTries;
        this.events = events;
        this.clock = clock;
    }

    /** Opens an account (no password yet) in the therapist's clinic; returns its id. */
    @Transactional
    public Long open(String givenName, String familyName) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        UserAccount account = new UserAccount(therapist.clinicId(), freeUsername(givenName, familyName),
                givenName + " " + familyName, Role.PATIENT, clock.instant());
        return accounts.save(account).getId();
    }

    /** A new one-time code for a patient account of the therapist's clinic; any earlier code stops working. */
    @Transactional
    public NewActivation newCode(Long accountId) {
        return issueCode(patientAccountOfMyClinic(accountId));
    }

    /**
     * For a patient who lost their password or whose login may be known to someone else: the
     * password stops working, every session ends, and a new one-time code lets them choose a new
     * password. For the clinic's admin or a therapist of the clinic.
     */
    @Transactional
    public NewActivation resetLogin(Long accountId) {
        AccountPrincipal actor = currentUser.require(Role.ADMIN, Role.THERAPIST);
        UserAccount account = accounts.findById(accountId == null ? -1L : accountId)
                .filter(a -> a.getRole() == Role.PATIENT && a.getClinicId().equals(actor.clinicId()))
                .orElseThrow(() -> new AccessDeniedException("No such patient account in your clinic"));
        account.setPasswordHash(null);
        int ended = sessions.end(account.getId());
        events.publishEvent(SecurityEvent.by(actor, "account.reset-login", Outcome.SUCCESS,
                account.getUsername() + ": " + ended + " sessions ended"));
        return issueCode(account);
    }

    private NewActivation issueCode(UserAccount account) {
        Long accountId = account.getId();
        String code = randomCode();
        Instant expires = clock.instant().plus(CODE_VALIDITY);
        codes.findById(accountId).ifPresentOrElse(c -> c.replace(hash(code), expires),
                () -> codes.save(new ActivationCode(accountId, hash(code), expires)));
        return new NewActivation(account.getUsername(), code, expires);
    }

    @Transactional
    public void setActive(Long accountId, boolean active) {
        UserAccount account = patientAccountOfMyClinic(accountId);
        if (active) {
            account.reactivate();
        } else {
            account.deactivate();
            sessions.end(account.getId());
        }
    }

    /**
     * Sets the patient's own password with their code; anyone may call it, the code is the proof
     * (guesses are throttled per client address like sign-ins). Returns the username to sign in with.
     */
    @Transactional
    public String activate(String code, String newPassword) {
        SecretTries.Try attempt = secretTries.take("account.activate", "code", null);
        String normalised = code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        ActivationCode found = codes.findByCodeHash(hash(normalised))
                .filter(c -> c.isValidAt(clock.instant()))
                .orElseThrow(() -> attempt.wrong(
                        "This code is not valid or has expired. Ask your therapist for a new one."));
        attempt.right();
        UserAccount account = accounts.findById(found.accountId()).orElseThrow();
        PasswordPolicy.problem(newPassword, account.getUsername()).ifPresent(p -> {
            throw new InvalidInputException("password", p);
        });
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        codes.delete(found);
        events.publishEvent(new SecurityEvent("account.activate", Outcome.SUCCESS, account.getId(),
                account.getUsername(), account.getRole(), account.getClinicId(), attempt.address(), null));
        return account.getUsername();
    }

    private UserAccount patientAccountOfMyClinic(Long accountId) {
        AccountPrincipal therapist = currentUser.require(Role.THERAPIST);
        return accounts.findById(accountId)
                .filter(a -> a.getRole() == Role.PATIENT && a.getClinicId().equals(therapist.clinicId()))
                .orElseThrow(() -> new AccessDeniedException("No such patient account in your clinic"));
    }

    private String freeUsername(String givenName, String familyName) {
        String base = ascii(givenName) + "." + ascii(familyName);
        base = base.replaceAll("^\\.|\\.$", "");
        if (base.length() < 3) {
            base = "patient";
        }
        base = base.length() > 90 ? base.substring(0, 90) : base;
        String username = base;
        for (int n = 2; accounts.existsByUsername(username); n++) {
            username = base + n;
        }
        return username;
    }

    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "");
    }

    static String randomCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** How a code is shown: three groups of four, easy to read out and type. */
    public static String formatted(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    private static String hash(String code) {
        return Sha256.hex(code.getBytes(StandardCharsets.UTF_8));
    }
}
