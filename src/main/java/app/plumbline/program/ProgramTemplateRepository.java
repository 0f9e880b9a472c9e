package app.plumbline.program;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramTemplateRepository extends JpaRepository<ProgramTemplate, Long> {

    List<ProgramTemplate> findByClinicIdOrderByName(Long clinicId);

    boolean existsByClinicIdAndName(Long clinicId, String name);
}
