package app.plumbline.outcome;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LicensedTextRepository extends JpaRepository<LicensedText, Long> {

    List<LicensedText> findByClinicId(Long clinicId);

    Optional<LicensedText> findByClinicIdAndQuestionnaire(Long clinicId, String questionnaire);
}
