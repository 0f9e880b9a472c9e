package app.plumbline.shell;

import app.plumbline.security.Role;

/** Where each role lands after signing in. */
public final class Homes {

    public static final String ADMIN = "admin/users";
    public static final String THERAPIST = "patients";
    public static final String PATIENT = "today";

    private Homes() {
    }

    public static String of(Role role) {
        return switch (role) {
            case ADMIN -> ADMIN;
            case THERAPIST -> THERAPIST;
            case PATIENT -> PATIENT;
        };
    }
}
