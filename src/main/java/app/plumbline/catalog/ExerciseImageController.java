package app.plumbline.catalog;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves exercise pictures as plain images (one URL each, cacheable) so views stay light. A
 * picture is never allowed to run anything: the CSP forbids scripts even if one slipped through.
 */
@RestController
class ExerciseImageController {

    private final CatalogService catalog;

    ExerciseImageController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/files/exercise-images/{id}")
    ResponseEntity<byte[]> image(@PathVariable Long id) {
        return catalog.illustration(id)
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                        .header("X-Content-Type-Options", "nosniff")
                        .body(image.bytes()))
                .orElse(ResponseEntity.notFound().build());
    }
}
