package app.plumbline.sessionlog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RedFlagRepository extends JpaRepository<RedFlag, Long> {

    List<RedFlag> findByPatientIdOrderByRaisedAtDesc(Long patientId);

    List<RedFlag> findTop10ByPatientIdOrderByRaisedAtDescIdDesc(Long patientId);

    List<RedFlag> findByPatientIdAndAcknowledgedAtIsNull(Long patientId);

    /** The flags a session raised stay for the therapist when the patient deletes the session. */
    @Modifying
    @Query("update RedFlag f set f.sessionId = null where f.sessionId = :sessionId")
    int detachFromSession(Long sessionId);

    /** Per patient of a clinic with open flags: the latest open flag's reason and time, and how many are open. */
    @Query(nativeQuery = true, value = "select f.patient_id, f.reason, f.raised_at, c.open_count from red_flag f "
            + "join (select g.patient_id, max(g.id) as latest, count(*) as open_count from red_flag g "
            + "join patient p on p.id = g.patient_id where p.clinic_id = :clinicId and g.acknowledged_at is null "
            + "group by g.patient_id) c on c.latest = f.id")
    List<Object[]> clinicOpenFlags(Long clinicId);
}
