package app.plumbline.clinic;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClinicSettingsRepository extends JpaRepository<ClinicSettings, Long> {
}
