package app.plumbline.reminder;

/** Where a reminder stands in the outbox. SENDING is the claim before the channel answers. */
public enum OutboxStatus {
    SENDING("Sending"), SENT("Sent"), NOT_SENT_NO_SERVER("Not sent: no mail server configured"),
    NOT_SENT_NO_ADDRESS("Not sent: no email address"), FAILED("Failed");

    private final String label;

    OutboxStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
