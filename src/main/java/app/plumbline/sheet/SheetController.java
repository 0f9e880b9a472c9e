package app.plumbline.sheet;

import app.plumbline.base.InvalidInputException;
import app.plumbline.clinic.PaperSize;
import java.nio.charset.StandardCharsets;
import app.plumbline.patient.PatientAccess;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a patient's sheet as a PDF download, to their therapist's clinic or the patient
 * themself; {@link SheetService} checks who may have it.
 */
@RestController
class SheetController {

    private final SheetService sheets;
    private final PatientAccess access;

    SheetController(SheetService sheets, PatientAccess access) {
        this.sheets = sheets;
        this.access = access;
    }

    @GetMapping("/files/sheets/{patientId}")
    ResponseEntity<byte[]> sheet(@PathVariable Long patientId,
            @RequestParam(defaultValue = "A4") PaperSize paper, @RequestParam(defaultValue = "false") boolean large,
            @RequestParam(defaultValue = "false") boolean questionnaires) {
        SheetFile file;
        try {
            file = sheets.sheet(access.forReader(patientId, "Downloaded the home-exercise sheet"),
                    new SheetOptions(paper, large, questionnaires));
        } catch (InvalidInputException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body(e.getMessage().getBytes(StandardCharsets.UTF_8));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment().filename(file.fileName()).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }
}
