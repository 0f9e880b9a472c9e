package app.plumbline.message;

import java.time.Instant;

/**
 * One message as a reader sees it: whether the reader's side wrote it, by whom, the exercise it is
 * about (null for none), when it was sent and when the other side read it (null while unread).
 */
public record MessageLine(Long id, boolean mine, String authorName, String text, String exerciseName, Instant sentAt,
        Instant readAt) {
}
