package app.plumbline.adherence;

import java.time.LocalDate;

/**
 * Where a patient stands today on the figures the therapist's home shows and the alerts look at.
 * adherence14: exercise-level adherence over the 14 days up to yesterday in % (null when nothing
 * was due: today is not over yet); firstPublished: the day the first version was published;
 * scheduledDaysSoFar: the scheduled days from the program's start up to yesterday (counted up to 60);
 * maxPain7 and meanPain7: pain during the exercises in the last 7 days; firstWeekPain: the mean
 * pain in the week from the first session ever, the baseline a rise is measured against.
 */
public record Standing(Long patientId, boolean hasProgram, Integer adherence14, int scheduledDaysWithoutLog,
        LocalDate lastSession, boolean worseTwiceInARow, Integer maxPain7, Double meanPain7, LocalDate firstSession,
        Double firstWeekPain, LocalDate firstPublished, int scheduledDaysSoFar) {
}
