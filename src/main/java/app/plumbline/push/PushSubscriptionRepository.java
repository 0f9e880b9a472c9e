package app.plumbline.push;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PushSubscriptionRepository extends JpaRepository<PushSubscription, Long> {

    List<PushSubscription> findByPatientIdOrderById(Long patientId);

    Optional<PushSubscription> findByEndpoint(String endpoint);

    boolean existsByPatientIdAndEndpoint(Long patientId, String endpoint);

    @Modifying
    @Query("delete from PushSubscription s where s.endpoint = :endpoint")
    int deleteByEndpoint(String endpoint);

    @Modifying
    @Query("delete from PushSubscription s where s.patientId = :patientId and s.endpoint = :endpoint")
    int deleteByPatientIdAndEndpoint(Long patientId, String endpoint);
}
