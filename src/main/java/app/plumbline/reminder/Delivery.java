package app.plumbline.reminder;

/** What happened when a channel tried to deliver a reminder; reason is short and has no health details. */
public record Delivery(OutboxStatus status, String reason) {

    public static Delivery sent() {
        return new Delivery(OutboxStatus.SENT, null);
    }

    public static Delivery failed(String reason) {
        String shortReason = reason == null ? "unknown error" : reason.strip();
        return new Delivery(OutboxStatus.FAILED, shortReason.length() > 200 ? shortReason.substring(0, 197) + "..."
                : shortReason);
    }
}
