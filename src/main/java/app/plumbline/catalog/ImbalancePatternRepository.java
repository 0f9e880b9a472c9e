package app.plumbline.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImbalancePatternRepository extends JpaRepository<ImbalancePattern, Long> {
}
