package app.plumbline.message;

import app.plumbline.audit.AuditLog;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the reminder job, which runs with no one signed in (a signed-in caller is refused): which patients have a message from the
 * clinic they have not read, and since when. Only patient ids and times; never who wrote or what.
 */
@Service
public class UnreadMessages {

    private final MessageRepository messages;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    UnreadMessages(MessageRepository messages, CurrentUser currentUser, AuditLog audit) {
        this.messages = messages;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Patient id to the sending time of the oldest message from the clinic the patient has not read. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> oldestFromTheClinic() {
        if (currentUser.get().isPresent()) {
            String reason = "Only the server's reminder job reads unread messages of all patients";
            audit.denied(null, "message.unread-all", reason);
            throw new AccessDeniedException(reason);
        }
        Map<Long, Instant> oldest = new HashMap<>();
        for (Object[] row : messages.oldestUnreadByPatient(Role.PATIENT)) {
            oldest.put((Long) row[0], (Instant) row[1]);
        }
        return oldest;
    }
}
