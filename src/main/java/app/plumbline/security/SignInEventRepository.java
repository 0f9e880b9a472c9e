package app.plumbline.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignInEventRepository extends JpaRepository<SignInEvent, Long> {

    List<SignInEvent> findByClinicIdAndAtGreaterThanEqual(Long clinicId, Instant from);
}
