package app.plumbline.base;

import java.time.ZoneId;
import java.util.Optional;

/** Where a clinic's chosen time zone is kept (the clinic's settings); empty when it chose none. */
public interface ClinicZones {

    Optional<ZoneId> chosenZone(Long clinicId);
}
