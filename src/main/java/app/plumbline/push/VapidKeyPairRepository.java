package app.plumbline.push;

import org.springframework.data.jpa.repository.JpaRepository;

interface VapidKeyPairRepository extends JpaRepository<VapidKeyPair, Integer> {
}
