package app.plumbline.calendar;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /calendar/{token}.ics}: the feed, to anyone holding the address (calendar apps cannot
 * sign in). Unknown and revoked addresses both get a bare 404. The security configuration lets
 * exactly this path through without a sign-in and without a session.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final PublishedFeeds feeds;
    private final FeedThrottle throttle;

    CalendarFeedController(PublishedFeeds feeds, FeedThrottle throttle) {
        this.feeds = feeds;
        this.throttle = throttle;
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
        if (!throttle.tryTake(request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60")
                    .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body("Too many requests");
        }
        String portal = ServletUriComponentsBuilder.fromContextPath(request).path("/").build().toUriString();
        return feeds.ics(token, portal)
                .map(text -> ResponseEntity.ok().contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate())
                        .header("X-Robots-Tag", "noindex")
                        .header("X-Content-Type-Options", "nosniff")
                        .body(text))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body("Not found"));
    }
}
