package app.plumbline.message;

import app.plumbline.security.Role;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MessageRepository extends JpaRepository<Message, Long> {

    List<Message> findByPatientIdOrderBySentAtAscIdAsc(Long patientId);

    /** The messages of one patient's thread the other side has not read yet. */
    List<Message> findByPatientIdAndAuthorRoleAndReadAtIsNull(Long patientId, Role authorRole);

    long countByPatientIdAndAuthorRoleAndReadAtIsNull(Long patientId, Role authorRole);

    /** Per patient of the clinic: how many of the patient's messages no therapist has read yet. */
    @Query("select m.patientId, count(m) from Message m where m.clinicId = :clinicId and m.authorRole = :authorRole "
            + "and m.readAt is null group by m.patientId")
    List<Object[]> unreadPerPatient(Long clinicId, Role authorRole);

    /** Per patient: when the oldest message from the clinic the patient has not read yet was sent. */
    @Query("select m.patientId, min(m.sentAt) from Message m where m.authorRole <> :patient "
            + "and m.readAt is null group by m.patientId")
    List<Object[]> oldestUnreadByPatient(Role patient);
}
