package app.plumbline.sessionlog;

import java.util.List;

/** Some of a patient's sessions, newest first, and whether older ones follow. */
public record HistoryPage(List<SessionSummary> sessions, boolean hasMore) {
}
