package app.plumbline.adherence;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicThresholdsRepository extends JpaRepository<ClinicThresholds, Long> {
}
