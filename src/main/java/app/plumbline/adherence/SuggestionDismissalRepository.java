package app.plumbline.adherence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SuggestionDismissalRepository extends JpaRepository<SuggestionDismissal, Long> {

    List<SuggestionDismissal> findByPatientId(Long patientId);
}
