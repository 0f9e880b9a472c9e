package app.plumbline.program;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgramVersionRepository extends JpaRepository<ProgramVersion, Long> {

    List<ProgramVersion> findByProgramIdOrderByNumberDesc(Long programId);

    Optional<ProgramVersion> findByProgramIdAndNumber(Long programId, int number);

    /** Patient id and review date of each active version of the clinic reviewed between the dates. */
    @org.springframework.data.jpa.repository.Query("""
            select p.patientId, v.reviewDate from Program p join ProgramVersion v
              on v.programId = p.id and v.number = p.activeVersionNumber
            where p.clinicId = :clinicId and v.reviewDate between :from and :to
            order by v.reviewDate, p.patientId""")
    List<Object[]> reviewsDue(Long clinicId, java.time.LocalDate from, java.time.LocalDate to);
}
