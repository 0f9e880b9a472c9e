package app.plumbline.outcome;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeSettingRepository extends JpaRepository<OutcomeSetting, Long> {
}
