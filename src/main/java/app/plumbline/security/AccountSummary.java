package app.plumbline.security;

import java.time.Instant;

public record AccountSummary(Long id, String username, String displayName, Role role, boolean active,
        Instant createdAt) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(), account.isActive(), account.getCreatedAt());
    }
}
