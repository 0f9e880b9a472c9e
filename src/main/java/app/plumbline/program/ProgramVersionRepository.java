package app.plumbline.program;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramVersionRepository extends JpaRepository<ProgramVersion, Long> {

    List<ProgramVersion> findByProgramIdOrderByNumberDesc(Long programId);

    Optional<ProgramVersion> findByProgramIdAndNumber(Long programId, int number);
}
