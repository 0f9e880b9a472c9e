package app.plumbline.security;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.Outcome;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts for the admin, and each user's own password. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AccountSessions sessions;
    private final SecretTries secretTries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            AccountSessions sessions, SecretTries secretTries, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.secretTries = secretTries;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> clinicStaff() {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        return accounts.findByClinicIdAndRoleInOrderByDisplayName(admin.clinicId(), List.of(Role.ADMIN, Role.THERAPIST))
                .stream().map(AccountSummary::of).toList();
    }

    /** The clinic's patient logins, for the admin who resets them. */
    @Transactional(readOnly = true)
    public List<AccountSummary> clinicPatients() {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        return accounts.findByClinicIdAndRoleInOrderByDisplayName(admin.clinicId(), List.of(Role.PATIENT))
                .stream().map(AccountSummary::of).toList();
    }

    /** How many signed-in sessions an account of the admin's clinic has now. */
    public int sessionCount(Long accountId) {
        return sessions.count(accountOfMyClinic(accountId).getId());
    }

    /** Signs the account out everywhere (staff or patient of the admin's clinic); returns how many sessions ended. */
    @Transactional
    public int endSessions(Long accountId) {
        UserAccount account = accountOfMyClinic(accountId);
        int ended = sessions.end(account.getId());
        events.publishEvent(SecurityEvent.by(currentUser.require(), "account.end-sessions", Outcome.SUCCESS,
                account.getUsername() + ": " + ended + " sessions"));
        return ended;
    }

    @Transactional
    public AccountSummary createTherapist(NewAccount input) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        List<FieldProblem> problems = input.problems(accounts::existsByUsername);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserAccount account = new UserAccount(admin.clinicId(), input.username(), input.displayName(),
                Role.THERAPIST, clock.instant());
        account.setPasswordHash(passwordEncoder.encode(input.password()));
        AccountSummary created = AccountSummary.of(accounts.save(account));
        events.publishEvent(SecurityEvent.by(admin, "account.create", Outcome.SUCCESS, created.username()));
        return created;
    }

    @Transactional
    public AccountSummary deactivate(Long accountId) {
        UserAccount account = staffAccountOfMyClinic(accountId);
        if (account.getId().equals(currentUser.require().accountId())) {
            throw new InvalidInputException("account", "You cannot deactivate your own account.");
        }
        account.deactivate();
        sessions.end(account.getId());
        events.publishEvent(SecurityEvent.by(currentUser.require(), "account.deactivate", Outcome.SUCCESS,
                account.getUsername()));
        return AccountSummary.of(account);
    }

    @Transactional
    public AccountSummary reactivate(Long accountId) {
        UserAccount account = staffAccountOfMyClinic(accountId);
        account.reactivate();
        events.publishEvent(SecurityEvent.by(currentUser.require(), "account.reactivate", Outcome.SUCCESS,
                account.getUsername()));
        return AccountSummary.of(account);
    }

    /**
     * Any signed-in user changes their own password by proving they know the current one (guesses
     * are throttled like sign-ins). Every other session of the account ends: whoever knew the old
     * password is signed out.
     */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AccountPrincipal me = currentUser.require();
        UserAccount account = accounts.findById(me.accountId()).orElseThrow();
        SecretTries.Try attempt = secretTries.take("account.change-password", "currentPassword", me);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw attempt.wrong("This is not your current password.");
        }
        attempt.right();
        PasswordPolicy.problem(newPassword, account.getUsername()).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new InvalidInputException("newPassword", "Choose a password different from the current one.");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        int ended = sessions.endAllBut(account.getId(), CurrentRequest.sessionId());
        events.publishEvent(SecurityEvent.by(me, "account.change-password", Outcome.SUCCESS, attempt.address(),
                ended + " other sessions ended"));
    }

    private UserAccount accountOfMyClinic(Long accountId) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        return accounts.findById(accountId == null ? -1L : accountId)
                .filter(account -> account.getClinicId().equals(admin.clinicId()))
                .orElseThrow(() -> new AccessDeniedException("No such account in your clinic"));
    }

    private UserAccount staffAccountOfMyClinic(Long accountId) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        UserAccount account = accounts.findById(accountId)
                .orElseThrow(() -> new AccessDeniedException("No such account in your clinic"));
        if (!account.getClinicId().equals(admin.clinicId()) || account.getRole() == Role.PATIENT) {
            throw new AccessDeniedException("No such account in your clinic");
        }
        return account;
    }
}
