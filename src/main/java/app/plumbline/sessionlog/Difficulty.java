package app.plumbline.sessionlog;

public enum Difficulty {
    TOO_EASY("Too easy"), ABOUT_RIGHT("About right"), TOO_HARD("Too hard");

    private final String label;

    Difficulty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
