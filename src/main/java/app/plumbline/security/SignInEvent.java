package app.plumbline.security;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One attempt to sign in, successful or not; feeds the admin's sign-in chart and lockout later. */
@Entity
class SignInEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private Long clinicId;
    private boolean succeeded;
    private Instant at;

    protected SignInEvent() {
    }

    SignInEvent(String username, Long clinicId, boolean succeeded, Instant at) {
        this.username = username;
        this.clinicId = clinicId;
        this.succeeded = succeeded;
        this.at = at;
    }

    boolean succeeded() {
        return succeeded;
    }

    Instant at() {
        return at;
    }
}
