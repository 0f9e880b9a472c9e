package app.plumbline.program;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schedules of a patient's active version, for a reader that holds another credential than a
 * sign-in: the calendar feed, whose secret address is the patient's own grant of their session
 * times. Deliberately only {@link SessionSchedule}s: no exercise, dose or note leaves through here.
 * Not a {@code @Service} for signed-in users; whoever calls it has checked that credential.
 */
@Component
public class ProgramSchedules {

    private final ProgramRepository programs;
    private final ProgramVersionRepository versions;

    ProgramSchedules(ProgramRepository programs, ProgramVersionRepository versions) {
        this.programs = programs;
        this.versions = versions;
    }

    /** Empty while nothing is published. */
    @Transactional(readOnly = true)
    public List<SessionSchedule> activeSchedules(Long patientId) {
        return programs.findByPatientId(patientId)
                .filter(p -> p.getActiveVersionNumber() != null)
                .flatMap(p -> versions.findByProgramIdAndNumber(p.getId(), p.getActiveVersionNumber()))
                .map(v -> v.content().prescriptions().stream().map(SessionSchedule::of).toList())
                .orElse(List.of());
    }
}
