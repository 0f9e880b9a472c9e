package app.plumbline.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogStateRepository extends JpaRepository<CatalogState, Integer> {
}
