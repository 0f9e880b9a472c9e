package app.plumbline.adherence;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlertSnoozeRepository extends JpaRepository<AlertSnooze, Long> {

    List<AlertSnooze> findByPatientIdIn(Collection<Long> patientIds);
}
