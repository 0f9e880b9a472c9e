package app.plumbline.security;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account creation and a signed-in context for tasks that run without a signed-in user (first run,
 * demo clinic, scheduled jobs). Never call it from a view or a request: it checks no role.
 */
@Component
public class SystemAccounts {

    private final ClinicRepository clinics;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final CurrentUser currentUser;

    SystemAccounts(ClinicRepository clinics, UserAccountRepository accounts, PasswordEncoder passwordEncoder,
            Clock clock, CurrentUser currentUser) {
        this.clinics = clinics;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @Transactional
    public Clinic createClinic(String name, boolean demo) {
        return clinics.save(new Clinic(name, demo, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<Clinic> demoClinic() {
        return clinics.findFirstByDemoTrue();
    }

    @Transactional(readOnly = true)
    public boolean holdsRealData() {
        return clinics.existsByDemoFalse();
    }

    @Transactional(readOnly = true)
    public boolean anyAccount() {
        return accounts.count() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<Long> accountId(String username) {
        return accounts.findByUsername(Usernames.normalise(username)).map(UserAccount::getId);
    }

    /** The clinic the account belongs to. */
    @Transactional(readOnly = true)
    public Optional<Long> clinicOf(Long accountId) {
        return accounts.findById(accountId).map(AccountPrincipal::of).map(AccountPrincipal::clinicId);
    }

    /** Creates the account with a password, or returns the id of the one that already exists. */
    @Transactional
    public Long ensureAccount(Long clinicId, String username, String displayName, Role role, String password) {
        return ensureAccount(clinicId, username, displayName, role, new PasswordHash(passwordEncoder.encode(password)));
    }

    /** A password hashed once, for creating many accounts that share it (generated clinics). */
    public record PasswordHash(String encoded) {
    }

    public PasswordHash hash(String password) {
        return new PasswordHash(passwordEncoder.encode(password));
    }

    @Transactional
    public Long ensureAccount(Long clinicId, String username, String displayName, Role role, PasswordHash password) {
        return accounts.findByUsername(Usernames.normalise(username)).map(UserAccount::getId).orElseGet(() -> {
            UserAccount account = new UserAccount(clinicId, username, displayName, role, clock.instant());
            account.setPasswordHash(password.encoded());
            return accounts.save(account).getId();
        });
    }

    /**
     * For each clinic, one of its therapists who can sign in, for clinic-wide jobs that go through
     * the services and their checks as that clinic's staff (clinics without one are left out).
     */
    @Transactional(readOnly = true)
    public List<Long> aTherapistOfEachClinic() {
        return clinics.findAll().stream()
                .flatMap(clinic -> accounts.findByClinicIdAndRoleInOrderByDisplayName(clinic.getId(), List.of(Role.THERAPIST))
                        .stream().filter(UserAccount::canSignIn).map(UserAccount::getId).limit(1))
                .toList();
    }

    /**
     * Runs the work signed in as the given account, so start-up tasks go through the same
     * services and access checks as a person would.
     */
    public <T> T runAs(Long accountId, Supplier<T> work) {
        AccountPrincipal principal = accounts.findById(accountId).map(AccountPrincipal::of).orElseThrow();
        SecurityContextHolderStrategy contexts = currentUser.contexts();
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        contexts.setContext(context);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
        }
    }
}
