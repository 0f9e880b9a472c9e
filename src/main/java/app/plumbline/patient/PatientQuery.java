package app.plumbline.patient;

import app.plumbline.base.Text;
import java.util.Set;

/**
 * Which of the clinic's patients the list shows, and in what order. A patient matches when the
 * text is blank, when their full name contains it (case-insensitive), or when a finding of their
 * latest assessment is one of the pattern slugs (the caller resolves pattern names to slugs, so the
 * same text can match either).
 */
public record PatientQuery(String text, Set<String> patternSlugs, PatientSort sort, boolean descending) {

    public PatientQuery {
        text = text == null ? "" : Text.clean(text).strip();
        patternSlugs = patternSlugs == null ? Set.of() : Set.copyOf(patternSlugs);
        sort = sort == null ? PatientSort.NAME : sort;
    }

    /** Every patient of the clinic, by family name then given name. */
    public static PatientQuery all() {
        return new PatientQuery("", Set.of(), PatientSort.NAME, false);
    }

    /** The patients whose name contains the text or whose latest findings hold one of the patterns. */
    public static PatientQuery matching(String text, Set<String> patternSlugs) {
        return new PatientQuery(text, patternSlugs, PatientSort.NAME, false);
    }

    public PatientQuery sortedBy(PatientSort sort, boolean descending) {
        return new PatientQuery(text, patternSlugs, sort, descending);
    }

    /** Whether anything narrows the list (a blank text shows everyone, whatever the patterns). */
    public boolean narrows() {
        return !text.isEmpty();
    }
}
