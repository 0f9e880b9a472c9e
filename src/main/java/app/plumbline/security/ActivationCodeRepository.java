package app.plumbline.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivationCodeRepository extends JpaRepository<ActivationCode, Long> {

    Optional<ActivationCode> findByCodeHash(String codeHash);
}
