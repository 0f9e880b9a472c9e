package app.plumbline.outcome;

import app.plumbline.outcome.Questionnaire.Better;

/**
 * The change from baseline to the latest score, in the measure's better direction (positive =
 * better), and whether it passes the measure's MCID (clinically important) or MDC (beyond measurement
 * error). A threshold the measure's file does not give is never passed.
 */
public record OutcomeChange(double baseline, double latest, double improvement, boolean beyondMcid,
        boolean beyondMdc, Double mcid, Double mdc) {

    public static OutcomeChange of(Questionnaire q, double baseline, double latest) {
        double diff = latest - baseline;
        double improvement = q.scoring().better() == Better.HIGHER ? diff : -diff;
        improvement = Math.round(improvement * 100) / 100.0;
        Double mcid = q.mcid() == null ? null : q.mcid().value();
        Double mdc = q.mdc() == null ? null : q.mdc().value();
        return new OutcomeChange(baseline, latest, improvement, mcid != null && Math.abs(improvement) >= mcid,
                mdc != null && Math.abs(improvement) >= mdc, mcid, mdc);
    }

    public boolean improved() {
        return improvement > 0;
    }

    /** Beyond the measure's MCID, or its MDC where it gives no MCID: a change worth acting on. */
    public boolean meaningful() {
        return beyondMcid || beyondMdc;
    }

    /** For the therapist: "better by 3 points, beyond the MDC (2)". */
    public String inWords(String unit) {
        if (improvement == 0) {
            return "no change from baseline";
        }
        String marks = (beyondMcid ? ", beyond the MCID (" + format(mcid) + ")" : "")
                + (beyondMdc ? ", beyond the MDC (" + format(mdc) + ")" : "");
        if (!meaningful()) {
            marks = mcid == null && mdc == null ? ", no MCID or MDC recorded"
                    : ", within " + (mdc != null ? "the MDC (" + format(mdc) + ")" : "the MCID (" + format(mcid) + ")");
        }
        return (improved() ? "better" : "worse") + " by " + format(Math.abs(improvement)) + " " + unit + marks;
    }

    static String format(Double value) {
        return value == null ? "–" : value % 1 == 0 ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
