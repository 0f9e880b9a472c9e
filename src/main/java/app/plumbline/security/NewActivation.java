package app.plumbline.security;

import java.time.Instant;

/** What the therapist passes on to a patient once: the username and the one-time code. */
public record NewActivation(String username, String code, Instant expiresAt) {
}
