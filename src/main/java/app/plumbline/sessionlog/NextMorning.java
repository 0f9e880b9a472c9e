package app.plumbline.sessionlog;

/** The 24-hour response of the pain-monitoring model: pain the next morning compared with usual. */
public enum NextMorning {
    BETTER("Better than usual"), SAME("Same as usual"), WORSE("Worse than usual");

    private final String label;

    NextMorning(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
