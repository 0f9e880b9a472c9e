package app.plumbline.outcome;

import app.plumbline.catalog.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The measures proposed for a patient from the regions of their findings' patterns, each with why:
 * neck patterns → NDI where the clinic has its licensed texts, else PSFS and NPRS; jaw patterns →
 * JFLS-8; low back (lower-back and pelvis patterns) → ODI where licensed, else PSFS; nothing of
 * these → PSFS and NPRS. The therapist can change the proposal before assigning.
 */
public final class DefaultMeasures {

    private DefaultMeasures() {
    }

    /** slug → why, in the order proposed; answerable says which measures patients can answer here. */
    public static Map<String, String> propose(Set<Region> regions, Predicate<String> answerable) {
        Map<String, String> proposal = new LinkedHashMap<>();
        if (regions.contains(Region.NECK)) {
            if (answerable.test("ndi")) {
                proposal.put("ndi", "neck pattern");
            } else {
                proposal.put("psfs", "neck pattern (NDI texts not licensed here)");
                proposal.put("nprs", "neck pattern (NDI texts not licensed here)");
            }
        }
        if (regions.contains(Region.JAW)) {
            proposal.put("jfls-8", "jaw pattern");
        }
        if (regions.contains(Region.LUMBAR) || regions.contains(Region.PELVIS)) {
            if (answerable.test("odi")) {
                proposal.put("odi", "low-back pattern");
            } else {
                proposal.putIfAbsent("psfs", "low-back pattern (ODI texts not licensed here)");
            }
        }
        if (proposal.isEmpty()) {
            proposal.put("psfs", "no neck, jaw or low-back pattern: a function measure");
            proposal.put("nprs", "no neck, jaw or low-back pattern: pain");
        }
        List<String> unavailable = new ArrayList<>(proposal.keySet().stream().filter(s -> !answerable.test(s)).toList());
        unavailable.forEach(proposal::remove);
        return proposal;
    }
}
