package app.plumbline.reminder;

/** How a reminder reaches the patient. Push is sent by the push module's channel once it is plugged in. */
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
