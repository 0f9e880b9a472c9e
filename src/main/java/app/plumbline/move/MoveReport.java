package app.plumbline.move;

import java.util.List;

/**
 * Per table what the archive says and what the database holds (after an import), printed as a
 * table for the person running the move.
 */
public record MoveReport(List<Line> lines) {

    /** One table: the manifest's count and checksum and, after an import, the target's. */
    public record Line(String table, long archiveRows, String archiveSha256, long databaseRows, String databaseSha256) {

        public boolean matches() {
            return archiveRows == databaseRows && archiveSha256.equals(databaseSha256);
        }
    }

    static MoveReport ofExport(List<MoveManifest.Entry> entries) {
        return new MoveReport(entries.stream()
                .map(e -> new Line(e.name(), e.rows(), e.sha256(), e.rows(), e.sha256())).toList());
    }

    public boolean allMatch() {
        return lines.stream().allMatch(Line::matches);
    }

    public long rows() {
        return lines.stream().mapToLong(Line::databaseRows).sum();
    }

    public String format() {
        int width = Math.max(5, lines.stream().mapToInt(l -> l.table().length()).max().orElse(5));
        StringBuilder text = new StringBuilder();
        text.append(String.format("%-" + width + "s  %10s  %10s  %-16s  %s%n", "table", "archive", "database",
                "sha-256", "check"));
        for (Line line : lines) {
            text.append(String.format("%-" + width + "s  %10d  %10d  %-16s  %s%n", line.table(), line.archiveRows(),
                    line.databaseRows(), line.archiveSha256().substring(0, 16),
                    line.matches() ? "ok" : "MISMATCH (database " + line.databaseSha256().substring(0, 16) + ")"));
        }
        text.append(String.format("%d tables, %d rows, %s%n", lines.size(), rows(),
                allMatch() ? "all counts and checksums match" : "MISMATCH"));
        return text.toString();
    }
}
