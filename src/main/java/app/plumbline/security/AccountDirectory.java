package app.plumbline.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names and facts about accounts, for services that have already checked access. */
@Component
public class AccountDirectory {

    private final UserAccountRepository accounts;

    AccountDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(Long accountId) {
        return accounts.findById(accountId).map(AccountSummary::of);
    }

    /** Those of the accounts whose owner has chosen a password (activated, and not reset since). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> activated(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().filter(a -> a.getPasswordHash() != null)
                .map(UserAccount::getId).collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public boolean belongsTo(Long accountId, Long clinicId, Role role) {
        return accounts.findById(accountId)
                .filter(a -> a.getClinicId().equals(clinicId) && a.getRole() == role)
                .isPresent();
    }
}
