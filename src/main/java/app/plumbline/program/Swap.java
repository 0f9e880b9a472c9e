package app.plumbline.program;

import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Side;

/**
 * Swapping an exercise for its progression or regression: the new exercise's own default dose
 * (sets, reps, hold, rest, load, intensity, tempo), kept on the patient's schedule (times per day, days per week),
 * and on the patient's side when both exercises are sided.
 */
public final class Swap {

    private Swap() {
    }

    public static Dosage dosage(Dosage current, Dosage targetDefault) {
        boolean bothSided = current.side() != Side.NONE && targetDefault.side() != Side.NONE;
        return new Dosage(targetDefault.sets(), targetDefault.reps(), targetDefault.holdSeconds(),
                targetDefault.restSeconds(), bothSided ? current.side() : targetDefault.side(),
                current.timesPerDay(), current.daysPerWeek(), targetDefault.note(), targetDefault.intensity(),
                targetDefault.tempo());
    }
}
