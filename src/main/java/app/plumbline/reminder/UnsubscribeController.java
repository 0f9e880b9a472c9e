package app.plumbline.reminder;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unsubscribe link of reminder emails, without sign-in. A GET only shows a page with a button
 * (mail scanners open links); the POST switches email reminders and message notices off: the RFC 8058 one-click
 * request a mail program sends, or the page's button.
 */
@RestController
class UnsubscribeController {

    static final String PATH = "/reminders/unsubscribe/";

    private final Unsubscriptions unsubscriptions;

    UnsubscribeController(Unsubscriptions unsubscriptions) {
        this.unsubscriptions = unsubscriptions;
    }

    @GetMapping(PATH + "{token}")
    ResponseEntity<String> confirm(@PathVariable String token) {
        if (!unsubscriptions.known(token)) {
            return page(HttpStatus.NOT_FOUND, "Link not recognised", "<p>This unsubscribe link is not known. "
                    + "You can switch reminders off in the portal under Reminders.</p>");
        }
        return page(HttpStatus.OK, "Stop emails from Plumbline?", "<p>You will no longer get reminder emails "
                + "or emails saying that your clinic has written to you. You can switch them on again in the "
                + "portal under Reminders.</p>"
                + "<form method=\"post\"><button type=\"submit\">Stop the emails</button></form>");
    }

    @PostMapping(PATH + "{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        if (!unsubscriptions.unsubscribe(token)) {
            return page(HttpStatus.NOT_FOUND, "Link not recognised", "<p>This unsubscribe link is not known.</p>");
        }
        return page(HttpStatus.OK, "Emails stopped", "<p>You will get no more reminder or message emails. "
                + "You can switch them on again in the portal under Reminders.</p>");
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + " · Plumbline</title><style>body{font-family:system-ui,sans-serif;"
                + "max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5}button{font:inherit;"
                + "padding:.6rem 1.2rem;min-height:44px}</style></head><body><h1>" + title + "</h1>" + body
                + "</body></html>";
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex").body(html);
    }
}
