package app.plumbline.reminder;

/**
 * What a reminder is for: the time the patient chose, the evening nudge on a scheduled day with
 * nothing logged, the one "we missed you" after several missed scheduled days, or the notice that
 * the clinic wrote a message (never its text).
 */
public enum ReminderKind {
    SCHEDULED("Reminder"), NOT_LOGGED("Not logged yet today"), MISSED("We missed you"),
    MESSAGE("New message");

    private final String label;

    ReminderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
