package app.plumbline.patient;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PatientRepository extends JpaRepository<Patient, Long> {

    List<Patient> findByClinicIdOrderByFamilyNameAscGivenNameAsc(Long clinicId);

    Optional<Patient> findByAccountId(Long accountId);

    @Query("select distinct p.therapistId from Patient p where p.clinicId = :clinicId and p.therapistId is not null")
    List<Long> therapistIdsOfClinic(@Param("clinicId") Long clinicId);

    List<Patient> findByIdInAndClinicId(java.util.Collection<Long> ids, Long clinicId);

    /** Those of the ids that are patients of the clinic, without loading the patients. */
    @Query("select p.id from Patient p where p.id in :ids and p.clinicId = :clinicId")
    List<Long> idsInClinic(java.util.Collection<Long> ids, Long clinicId);
}
