package app.plumbline.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdviceItemRepository extends JpaRepository<AdviceItem, Long> {
}
