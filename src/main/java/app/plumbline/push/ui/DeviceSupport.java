package app.plumbline.push.ui;

/**
 * What this browser can do about push reminders, as the card's check in the browser finds it. The
 * order of the checks matters: Safari on iPhone and iPad has no push at all outside an app added to
 * the Home Screen, and saying how to add it helps more than "not supported".
 */
enum DeviceSupport {
    /** Still asking the browser. */
    CHECKING,
    /** iPhone or iPad, in the browser rather than the app added to the Home Screen. */
    IOS_BROWSER,
    /** No service worker, Push API or notifications (an old browser, or the site not over HTTPS). */
    UNSUPPORTED,
    /** The patient (or the browser) blocked notifications for this site. */
    DENIED,
    /** Can receive reminders; not turned on on this device. */
    OFF,
    /** Receives this patient's reminders. */
    ON;

    /** The browser's answer: a state name, for a subscribed browser "subscribed" and its endpoint. */
    static DeviceSupport of(String answer) {
        if (answer == null) {
            return UNSUPPORTED;
        }
        return switch (answer) {
            case "ios-browser" -> IOS_BROWSER;
            case "denied" -> DENIED;
            case "off", "subscribed" -> OFF;
            default -> UNSUPPORTED;
        };
    }
}
