package app.plumbline.program;

/** A patient's program in one line: the active version and how many exercises it holds. */
public record ProgramOverview(Long patientId, Integer activeVersion, int exerciseCount) {

    public String inWords() {
        return activeVersion == null ? "No program yet"
                : "Version " + activeVersion + " · " + exerciseCount + (exerciseCount == 1 ? " exercise" : " exercises");
    }
}
