package app.plumbline.calendar;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByPatientIdAndRevokedAtIsNull(Long patientId);

    Optional<CalendarFeed> findByTokenAndRevokedAtIsNull(String token);
}
