package app.plumbline.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.Band;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.Intensity;
import app.plumbline.catalog.Side;
import app.plumbline.catalog.Tempo;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgramDiffTest {

    static final Map<Long, String> NAMES = Map.of(1L, "Chin tuck", 2L, "Side neck stretch", 3L, "Wall angels");

    static Prescription rx(long exercise, int sets, int reps) {
        return new Prescription(exercise, new Dosage(sets, reps, null, 30, Side.NONE, 1, 7, null), null, null, null, null);
    }

    @Test
    void samePrograms_noChanges() {
        var content = new ProgramContent("Less neck pain", null, List.of(rx(1, 3, 10), rx(2, 2, 5)));
        assertThat(ProgramDiff.between(content, content, NAMES)).isEmpty();
    }

    @Test
    void namesAdviceAddedAndRemovedByTitleAndIgnoresItsOrder() {
        var v1 = new ProgramContent(null, null, List.of(rx(1, 3, 10)), List.of("screen-at-eye-level", "jaw-at-rest"));
        var v2 = v1.withAdvice(List.of("jaw-at-rest", "hourly-movement-breaks"));
        var titles = Map.of("screen-at-eye-level", "Screen at eye level", "jaw-at-rest", "Jaw relaxed, teeth apart");

        assertThat(ProgramDiff.between(v1, v2, NAMES, titles)).extracting(ProgramDiff.Change::kind,
                ProgramDiff.Change::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ProgramDiff.Kind.ADVICE_ADDED,
                        "Added advice: hourly-movement-breaks"),
                org.assertj.core.groups.Tuple.tuple(ProgramDiff.Kind.ADVICE_REMOVED,
                        "Removed advice: Screen at eye level"));
        assertThat(ProgramDiff.between(v1, v1.withAdvice(List.of("jaw-at-rest", "screen-at-eye-level")), NAMES,
                titles)).isEmpty();
    }

    @Test
    void namesAddedRemovedDosageScheduleNoteOrderGoalAndReviewDate() {
        var v1 = new ProgramContent("Less neck pain", LocalDate.of(2026, 12, 1),
                List.of(rx(1, 3, 10), rx(2, 2, 5)));
        var chinTuck = new Prescription(1L, new Dosage(3, 12, null, 30, Side.NONE, 2, 7, null),
                null, null, null, "Keep the eyes level");
        var v2 = new ProgramContent("Sit at the desk without pain", LocalDate.of(2027, 1, 5),
                List.of(rx(3, 2, 8), chinTuck));

        assertThat(ProgramDiff.between(v1, v2, NAMES)).extracting(ProgramDiff.Change::text).containsExactly(
                "Goal: “Less neck pain” → “Sit at the desk without pain”",
                "Review date: 2026-12-01 → 2027-01-05",
                "Added Wall angels: 2 sets of 8, rest 30 seconds between sets, once a day, every day",
                "Removed Side neck stretch",
                "Chin tuck: 3 sets of 10, rest 30 seconds between sets → 3 sets of 12, rest 30 seconds between sets",
                "Chin tuck: once a day, every day → twice a day, every day",
                "Chin tuck: note none → “Keep the eyes level”");
    }

    @Test
    void namesAChangeOfIntensityOrTempoOnItsOwn() {
        var was = new Prescription(1L, new Dosage(3, 8, null, 30, Side.ALTERNATING, 1, 5, null,
                Intensity.rpe(6), null), null, null, null, null);
        var now = new Prescription(1L, new Dosage(3, 8, null, 30, Side.ALTERNATING, 1, 5, null,
                Intensity.band(Band.RED), new Tempo(2, 0, 3)), null, null, null, null);

        assertThat(ProgramDiff.between(new ProgramContent(null, null, List.of(was)),
                new ProgramContent(null, null, List.of(now)), NAMES)).extracting(ProgramDiff.Change::text).containsExactly(
                "Chin tuck: intensity effort about 6 out of 10 → red band",
                "Chin tuck: tempo none → lift over 2 seconds, lower over 3 seconds");
        assertThat(ProgramDiff.between(new ProgramContent(null, null, List.of()),
                new ProgramContent(null, null, List.of(now)), NAMES)).extracting(ProgramDiff.Change::text).containsExactly(
                "Added Chin tuck: 3 sets of 8, each side, alternating sides, rest 30 seconds between sets; red band; "
                        + "lift over 2 seconds, lower over 3 seconds, once a day, 5 days a week");
    }

    @Test
    void reorderingIsNamedOnceWithTheNewOrder() {
        var v1 = new ProgramContent(null, null, List.of(rx(1, 3, 10), rx(2, 2, 5), rx(3, 1, 5)));
        var v2 = new ProgramContent(null, null, List.of(rx(3, 1, 5), rx(1, 3, 10), rx(2, 2, 5)));
        assertThat(ProgramDiff.between(v1, v2, NAMES)).extracting(ProgramDiff.Change::text)
                .containsExactly("New order: Wall angels, Chin tuck, Side neck stretch");
    }

    @Test
    void fixedWeekdaysSetTheDaysPerWeekAndReadAsDays() {
        var rx = new Prescription(1L, new Dosage(1, 10, 5, 0, Side.NONE, 2, 7, null),
                Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalDate.of(2026, 11, 23),
                null, null);
        assertThat(rx.dosage().daysPerWeek()).isEqualTo(3);
        assertThat(rx.scheduleInWords()).isEqualTo("twice a day on Mon, Wed, Fri, from 2026-11-23");
    }

    @Test
    void endBeforeStartIsRefusedAtTheField() {
        var rx = new Prescription(1L, new Dosage(1, 10, null, 0, Side.NONE, 1, 7, null), null,
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 1), null);
        assertThat(new ProgramContent(null, null, List.of(rx)).problems(LocalDate.of(2026, 11, 21)))
                .extracting(app.plumbline.base.FieldProblem::field).containsExactly("rx[0].endDate");
    }
}
