package app.plumbline.sessionlog;

/**
 * The pain scale of the signed-in user's clinic, where its "too much" line is a clinic setting.
 * Provided by the module that keeps the clinic's thresholds (it depends on this one, not the
 * other way round).
 */
public interface ClinicPainScale {

    PainScale painScale();
}
