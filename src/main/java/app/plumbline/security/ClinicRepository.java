package app.plumbline.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClinicRepository extends JpaRepository<Clinic, Long> {

    Optional<Clinic> findFirstByDemoTrue();

    boolean existsByDemoFalse();
}
