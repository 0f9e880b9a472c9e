package app.plumbline.sessionlog;

import static app.plumbline.sessionlog.NativeValues.id;
import static app.plumbline.sessionlog.NativeValues.instant;

import app.plumbline.audit.AuditLog;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the therapist reads of patients' warnings and words: red flags, acknowledging them, session notes. */
@Service
public class RedFlagService {

    private final RedFlagRepository redFlags;
    private final SessionLogRepository sessions;
    private final PatientAccess access;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RedFlagService(RedFlagRepository redFlags, SessionLogRepository sessions, PatientAccess access, AuditLog audit,
            CurrentUser currentUser, Clock clock) {
        this.redFlags = redFlags;
        this.sessions = sessions;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Open red flags of the given patients of the therapist's clinic. */
    @Transactional(readOnly = true)
    public Map<Long, OpenRedFlags> openRedFlags(List<Long> patientIds) {
        Set<Long> wanted = new HashSet<>(patientIds);
        Map<Long, OpenRedFlags> open = new HashMap<>();
        for (Object[] r : redFlags.clinicOpenFlags(access.myClinic())) {
            if (wanted.contains(id(r[0]))) {
                open.put(id(r[0]), new OpenRedFlags((String) r[1],
                        LocalDate.ofInstant(instant(r[2]), currentUser.zone()), ((Number) r[3]).intValue()));
            }
        }
        return open;
    }

    /**
     * The patient's latest session notes (ten) and red flags, for their therapist: every open red
     * flag, however many (what Acknowledge clears is all listed), then the latest acknowledged ones
     * up to ten in all; newest first.
     */
    @Transactional(readOnly = true)
    public PatientNotes notesAndFlags(PatientRef patientRef) {
        PatientRef patient = access.therapist(patientRef);
        Map<Long, RedFlag> shown = new java.util.LinkedHashMap<>();
        redFlags.findByPatientIdAndAcknowledgedAtIsNull(patient.id()).forEach(f -> shown.put(f.getId(), f));
        redFlags.findTop10ByPatientIdOrderByRaisedAtDescIdDesc(patient.id()).stream()
                .filter(f -> shown.size() < 10 || f.isOpen()).forEach(f -> shown.putIfAbsent(f.getId(), f));
        return new PatientNotes(sessions.latestNotes(patient.id(), 10).stream()
                .map(r -> new PatientNotes.Note((LocalDate) r[0], (String) r[1])).toList(),
                shown.values().stream()
                        .sorted(java.util.Comparator.comparing(RedFlag::getRaisedAt).thenComparing(RedFlag::getId)
                                .reversed())
                        .map(f -> new PatientNotes.Flag(LocalDate.ofInstant(f.getRaisedAt(), currentUser.zone()),
                                f.getReason(), f.isOpen())).toList());
    }

    /** The therapist has seen the patient's open red flags; returns how many were acknowledged. */
    @Transactional
    public int acknowledgeRedFlags(PatientRef patientRef) {
        PatientRef patient = access.therapist(patientRef);
        List<RedFlag> open = redFlags.findByPatientIdAndAcknowledgedAtIsNull(patient.id());
        Long therapist = currentUser.require(Role.THERAPIST).accountId();
        open.forEach(f -> f.acknowledge(therapist, clock.instant()));
        audit.write(patient.id(), "redflag.acknowledge", open.size() + " red flags");
        return open.size();
    }
}
