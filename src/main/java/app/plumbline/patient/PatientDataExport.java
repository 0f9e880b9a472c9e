package app.plumbline.patient;

import app.plumbline.security.ClinicNames;
import app.plumbline.security.CurrentUser;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * All of one patient's data in one JSON file, for the patient themself or a therapist of the
 * patient's clinic (GDPR Art. 15 and 20). The sections come from every module that keeps something
 * about the patient ({@link PatientDataSection}), read in one transaction and written in a fixed
 * order, so two downloads of unchanged data are the same file but for the time of export.
 */
@Service
public class PatientDataExport {

    public static final String FORMAT = "plumbline-patient-data";
    public static final int VERSION = 1;
    /** The order of the sections in the file; a section not named here comes after these, by name. */
    public static final List<String> SECTIONS = List.of("patient", "assessments", "programs", "sessions", "redFlags",
            "outcomeMeasures", "messages", "reminders", "calendarFeed", "pushDevices");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final List<PatientDataSection> sections;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final ClinicNames clinics;
    private final Clock clock;

    PatientDataExport(List<PatientDataSection> sections, PatientAccess access, CurrentUser currentUser,
            ClinicNames clinics, Clock clock) {
        this.sections = sections.stream().sorted(Comparator.comparingInt((PatientDataSection s) -> position(s.name()))
                .thenComparing(PatientDataSection::name)).toList();
        this.access = access;
        this.currentUser = currentUser;
        this.clinics = clinics;
        this.clock = clock;
    }

    /** Where the file is downloaded: the controller asks {@link PatientAccess#forReader} and audits it. */
    public static String downloadPath(Long patientId) {
        return "files/patient-data/" + patientId;
    }

    /** The patient's data as a file, for their therapist's clinic or the patient themself. */
    @Transactional(readOnly = true)
    public PatientDataFile export(PatientRef patientRef) {
        PatientRef patient = access.reader(patientRef);
        ZoneId zone = currentUser.zone();
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", FORMAT);
        file.put("version", VERSION);
        file.put("exportedAt", PatientDataSection.time(clock.instant(), zone));
        file.put("timeZone", zone.getId());
        file.put("clinic", clinics.ofMyClinic());
        for (PatientDataSection section : sections) {
            file.put(section.name(), section.data(patient, zone));
        }
        return new PatientDataFile(fileName(patient.fullName(), currentUser.today()), JSON.writeValueAsBytes(file));
    }

    /** "plumbline-data-maria-lopez-2026-12-03.json": letters, digits and hyphens only, accents dropped. */
    static String fileName(String fullName, java.time.LocalDate day) {
        String slug = Normalizer.normalize(fullName == null ? "" : fullName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "plumbline-data-" + (slug.isEmpty() ? "" : slug + "-") + day + ".json";
    }

    private static int position(String name) {
        int at = SECTIONS.indexOf(name);
        return at < 0 ? SECTIONS.size() : at;
    }
}
