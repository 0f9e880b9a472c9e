package app.plumbline.sessionlog;

public enum SkipReason {
    PAIN("Pain"), NO_TIME("No time"), FORGOT("Forgot"), TOO_HARD("Too hard"), OTHER("Other reason");

    private final String label;

    SkipReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
