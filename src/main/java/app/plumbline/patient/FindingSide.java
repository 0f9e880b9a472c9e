package app.plumbline.patient;

public enum FindingSide {
    LEFT("Left"), RIGHT("Right"), BOTH("Both sides");

    private final String label;

    FindingSide(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
