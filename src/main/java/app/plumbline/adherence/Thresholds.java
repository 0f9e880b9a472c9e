package app.plumbline.adherence;

/**
 * The numbers the suggestion rules use; these defaults follow the pain-monitoring model
 * (Silbernagel et al., 2007) and the adherence evidence in the README.
 */
public record Thresholds(int progressAdherence, int progressMaxPain, int progressTooEasyOf5, int regressPain,
        int regressPainOf5, int simplifyBelowAdherence, int simplifyKeep, int checkInAfterDays) {

    public static final Thresholds DEFAULTS = new Thresholds(80, 3, 3, 5, 2, 50, 3, 5);
}
