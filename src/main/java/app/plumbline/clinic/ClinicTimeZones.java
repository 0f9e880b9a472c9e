package app.plumbline.clinic;

import app.plumbline.base.ClinicZones;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The zone each clinic chose, for every feature's "today". Asked on nearly every request, so it is
 * read once per clinic and forgotten when the admin saves another. It tells only the zone, so it
 * asks for no role (and depends on nobody who does).
 */
@Component
class ClinicTimeZones implements ClinicZones {

    private final ClinicSettingsRepository settings;
    private final Map<Long, Optional<ZoneId>> zones = new ConcurrentHashMap<>();

    ClinicTimeZones(ClinicSettingsRepository settings) {
        this.settings = settings;
    }

    @Override
    public Optional<ZoneId> chosenZone(Long clinicId) {
        return zones.computeIfAbsent(clinicId, id -> settings.findById(id).flatMap(ClinicSettings::zone));
    }

    /** Once the transaction that changed the clinic's zone has committed. */
    void forgetAfterCommit(Long clinicId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                zones.remove(clinicId);
            }
        });
    }
}
