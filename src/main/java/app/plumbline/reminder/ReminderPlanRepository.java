package app.plumbline.reminder;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderPlanRepository extends JpaRepository<ReminderPlan, Long> {

    Optional<ReminderPlan> findByPatientId(Long patientId);

    Optional<ReminderPlan> findByUnsubscribeToken(String token);

    List<ReminderPlan> findByEnabledTrue();

    List<ReminderPlan> findByClinicId(Long clinicId);
}
