package app.plumbline.program;

/**
 * A new version of the patient's program was published and is now the one they follow. Published
 * in the publishing transaction, so a listener that keeps figures derived from the program history
 * can mark them stale atomically with the version.
 */
public record VersionPublished(Long patientId, int number) {
}
