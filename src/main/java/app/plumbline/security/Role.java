package app.plumbline.security;

public enum Role {
    ADMIN, THERAPIST, PATIENT;

    /** The authority Spring Security checks, e.g. {@code ROLE_THERAPIST}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
