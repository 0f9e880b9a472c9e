package app.plumbline.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface MuscleRepository extends JpaRepository<Muscle, Long> {
}
