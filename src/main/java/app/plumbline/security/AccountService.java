package app.plumbline.security;

import app.plumbline.base.InvalidInputException;
import java.time.Clock;
import java.util.List;
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
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> clinicStaff() {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        return accounts.findByClinicIdAndRoleInOrderByDisplayName(admin.clinicId(), List.of(Role.ADMIN, Role.THERAPIST))
                .stream().map(AccountSummary::of).toList();
    }

    @Transactional
    public AccountSummary createTherapist(NewAccount input) {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        input.validate();
        if (accounts.existsByUsername(input.username())) {
            throw new InvalidInputException("username", "This username is taken; choose another.");
        }
        UserAccount account = new UserAccount(admin.clinicId(), input.username(), input.displayName(),
                Role.THERAPIST, clock.instant());
        account.setPasswordHash(passwordEncoder.encode(input.password()));
        return AccountSummary.of(accounts.save(account));
    }

    @Transactional
    public AccountSummary deactivate(Long accountId) {
        UserAccount account = staffAccountOfMyClinic(accountId);
        if (account.getId().equals(currentUser.require().accountId())) {
            throw new InvalidInputException("account", "You cannot deactivate your own account.");
        }
        account.deactivate();
        return AccountSummary.of(account);
    }

    @Transactional
    public AccountSummary reactivate(Long accountId) {
        UserAccount account = staffAccountOfMyClinic(accountId);
        account.reactivate();
        return AccountSummary.of(account);
    }

    /** Any signed-in user changes their own password by proving they know the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AccountPrincipal me = currentUser.require();
        UserAccount account = accounts.findById(me.accountId()).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "This is not your current password.");
        }
        PasswordPolicy.problem(newPassword, account.getUsername()).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new InvalidInputException("newPassword", "Choose a password different from the current one.");
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
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
