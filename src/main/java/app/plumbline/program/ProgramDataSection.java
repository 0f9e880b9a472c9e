package app.plumbline.program;

import app.plumbline.catalog.AdviceDefinition;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientDataSection;
import app.plumbline.patient.PatientRef;
import app.plumbline.security.AccountDirectory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every published version of the patient's program, oldest first, in the patient's data file. */
@Component
class ProgramDataSection implements PatientDataSection {

    record VersionData(int version, boolean active, String publishedAt, String therapist, String reason, String goal,
            LocalDate reviewDate, List<ExerciseData> exercises, List<AdviceData> advice) {
    }

    record ExerciseData(String exercise, String slug, DosageData dosage, List<DayOfWeek> weekdays,
            LocalDate startDate, LocalDate endDate, String scheduleInWords, String therapistNote) {
    }

    record DosageData(Integer sets, Integer reps, Integer holdSeconds, Integer restSeconds, String side,
            Integer timesPerDay, Integer daysPerWeek, String intensityAndTempo, String note, String inWords) {

        static DosageData of(Dosage d) {
            return d == null ? null : new DosageData(d.sets(), d.reps(), d.holdSeconds(), d.restSeconds(),
                    d.side().code(), d.timesPerDay(), d.daysPerWeek(), blankToNull(d.intensityAndTempoInWords()),
                    d.note(), d.inPlainWords());
        }
    }

    record AdviceData(String title, String slug) {
    }

    private final ProgramRepository programs;
    private final ProgramVersionRepository versions;
    private final PatientAccess access;
    private final CatalogService catalog;
    private final AccountDirectory directory;

    ProgramDataSection(ProgramRepository programs, ProgramVersionRepository versions, PatientAccess access,
            CatalogService catalog, AccountDirectory directory) {
        this.programs = programs;
        this.versions = versions;
        this.access = access;
        this.catalog = catalog;
        this.directory = directory;
    }

    @Override
    public String name() {
        return "programs";
    }

    @Override
    public Object data(PatientRef patientRef, ZoneId zone) {
        PatientRef patient = access.reader(patientRef);
        return programs.findByPatientId(patient.id()).map(program -> {
            List<ProgramVersion> list = versions.findByProgramIdOrderByNumberDesc(program.getId()).reversed();
            Map<Long, String> authors = directory.displayNames(list.stream().map(ProgramVersion::getAuthorId)
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
            Map<Long, ExerciseCard> cards = catalog.cards(list.stream()
                    .flatMap(v -> v.content().prescriptions().stream()).map(Prescription::exerciseId)
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
            return list.stream().map(v -> version(v, program, authors, cards, zone)).toList();
        }).orElse(List.of());
    }

    private VersionData version(ProgramVersion v, Program program, Map<Long, String> authors,
            Map<Long, ExerciseCard> cards, ZoneId zone) {
        ProgramContent content = v.content();
        List<ExerciseData> exercises = content.prescriptions().stream().map(p -> {
            ExerciseCard card = cards.get(p.exerciseId());
            return new ExerciseData(card == null ? null : card.name(), card == null ? null : card.slug(),
                    DosageData.of(p.dosage()), p.weekdays().stream().sorted().toList(), p.startDate(), p.endDate(),
                    p.dosage() == null ? null : p.scheduleInWords(), p.therapistNote());
        }).toList();
        List<AdviceData> advice = catalog.adviceItems(content.advice()).stream()
                .map((AdviceDefinition a) -> new AdviceData(a.title(), a.slug())).toList();
        return new VersionData(v.getNumber(), Integer.valueOf(v.getNumber()).equals(program.getActiveVersionNumber()),
                PatientDataSection.time(v.getCreatedAt(), zone), authors.get(v.getAuthorId()), v.getReason(),
                content.goal(), content.reviewDate(), exercises, advice);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
