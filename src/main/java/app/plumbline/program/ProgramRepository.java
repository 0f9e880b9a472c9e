package app.plumbline.program;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramRepository extends JpaRepository<Program, Long> {

    Optional<Program> findByPatientId(Long patientId);

    List<Program> findByPatientIdIn(Collection<Long> patientIds);
}
