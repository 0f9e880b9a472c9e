package app.plumbline.program;

import java.time.Instant;

public record VersionSummary(int number, String authorName, Instant createdAt, String reason, int exerciseCount,
        boolean active) {
}
