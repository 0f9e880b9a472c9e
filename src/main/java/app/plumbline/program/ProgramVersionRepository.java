package app.plumbline.program;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

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

    List<ProgramVersion> findByProgramIdInOrderByNumberAsc(Collection<Long> programIds);

    /** Per program: the number of exercises in its active version. */
    @Query("select v.programId, size(v.prescriptions) from ProgramVersion v, Program p "
            + "where p.id = v.programId and v.number = p.activeVersionNumber and p.id in :programIds")
    List<Object[]> activeExerciseCounts(Collection<Long> programIds);
}
