package app.plumbline.reminder;

/** How a reminder reaches the patient: by email, or as a push notification to their devices. */
public enum Channel {
    EMAIL("Email"), PUSH("Push");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
