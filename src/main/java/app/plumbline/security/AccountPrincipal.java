package app.plumbline.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security holds it: no entity, only what access checks need. */
public record AccountPrincipal(Long accountId, Long clinicId, Role role, String username, String displayName,
        String passwordHash, boolean enabled) implements UserDetails {

    static AccountPrincipal of(UserAccount account) {
        return new AccountPrincipal(account.getId(), account.getClinicId(), account.getRole(),
                account.getUsername(), account.getDisplayName(), account.getPasswordHash(), account.canSignIn());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Keeps the hash out of logs and session dumps. */
    @Override
    public String toString() {
        return "AccountPrincipal[" + accountId + ", " + role + ", clinic " + clinicId + "]";
    }
}
