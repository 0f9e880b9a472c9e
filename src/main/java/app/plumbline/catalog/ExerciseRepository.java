package app.plumbline.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    List<Exercise> findByClinicIdIsNull();

    Optional<Exercise> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
