package app.plumbline.patient;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PatientRepository extends JpaRepository<Patient, Long> {

    List<Patient> findByClinicIdOrderByFamilyNameAscGivenNameAsc(Long clinicId);

    Optional<Patient> findByAccountId(Long accountId);

    List<Patient> findByIdInAndClinicId(java.util.Collection<Long> ids, Long clinicId);
}
