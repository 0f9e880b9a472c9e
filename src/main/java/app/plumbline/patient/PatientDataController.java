package app.plumbline.patient;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a patient's data as a JSON download to their therapist's clinic or the patient themself;
 * every download is one row in the audit trail, every refusal too (403).
 */
@RestController
class PatientDataController {

    static final String WHAT = "Downloaded the patient's data";

    private final PatientDataExport export;
    private final PatientAccess access;

    PatientDataController(PatientDataExport export, PatientAccess access) {
        this.export = export;
        this.access = access;
    }

    @GetMapping("/files/patient-data/{patientId}")
    ResponseEntity<byte[]> download(@PathVariable Long patientId) {
        PatientDataFile file = export.export(access.forReader(patientId, WHAT));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename(file.fileName()).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }
}
