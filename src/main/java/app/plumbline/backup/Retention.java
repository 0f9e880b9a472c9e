package app.plumbline.backup;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Which backups to delete so that only the newest {@code keep} remain. */
final class Retention {

    /** plumbline-20261121-023000.zip, or -2, -3… after it when two are taken in the same second. */
    static final Pattern BACKUP_NAME = Pattern.compile("plumbline-(\\d{8}-\\d{6})(?:-(\\d+))?\\.zip");

    private Retention() {
    }

    static boolean isBackup(String fileName) {
        return BACKUP_NAME.matcher(fileName).matches();
    }

    /** Newest first: by the time in the name, then by the same-second counter. */
    static final Comparator<String> NEWEST_FIRST = Comparator.comparing((String name) -> stamp(name))
            .thenComparingInt(Retention::counter).reversed();

    static List<String> toDelete(List<String> fileNames, int keep) {
        return fileNames.stream().filter(Retention::isBackup).sorted(NEWEST_FIRST).skip(keep).toList();
    }

    private static String stamp(String name) {
        var m = BACKUP_NAME.matcher(name);
        return m.matches() ? m.group(1) : "";
    }

    private static int counter(String name) {
        var m = BACKUP_NAME.matcher(name);
        return m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
    }
}
