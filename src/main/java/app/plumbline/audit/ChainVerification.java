package app.plumbline.audit;

/** The outcome of checking the audit chain: intact, or the first event where it breaks. */
public record ChainVerification(boolean intact, long checked, Long brokenAt, String message, String headHash) {

    static ChainVerification broken(long checked, long at, String message) {
        return new ChainVerification(false, checked, at, "The audit trail was tampered with: " + message + ".", null);
    }
}
