package app.plumbline.push.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.Notifications;
import app.plumbline.push.DeviceSubscription;
import app.plumbline.push.PushService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * "Reminders on this device": turns push reminders on and off for the browser or installed app
 * it is shown in, and sends a test reminder. It first asks the browser what it can do (the service
 * worker, the Push API, the permission; Safari on iPhone and iPad only in an app added to the Home
 * Screen) and says so in plain words instead of offering a button that cannot work. The browser
 * side is Vaadin flow-webpush's client script, called with this card's own error handling.
 */
@StyleSheet("context://push.css")
public class PushCard extends Composite<Div> {

    static final String IOS_TEXT = "On iPhone and iPad, add Plumbline to the Home Screen first "
            + "(Share → Add to Home Screen), then open it from there.";
    static final String DENIED_TEXT = "Notifications are blocked for this site in your browser settings. "
            + "Allow them there, then come back to this page.";
    static final String UNSUPPORTED_TEXT = "This browser cannot receive reminders from Plumbline. A current "
            + "Chrome, Edge, Firefox or Safari can, when Plumbline is opened over a secure (https) address.";
    static final String OFF_TEXT = "Get a reminder on this device when it is time for your exercises. "
            + "Reminders say only that it is time, never what you are doing or how it went.";
    static final String ON_TEXT = "Reminders are on for this device.";
    static final String CHECKING_TEXT = "Checking what this browser can do…";

    /** Asks the browser; iPhone/iPad first (see DeviceSupport). */
    private static final String DETECT = """
            const ua = navigator.userAgent || '';
            const ios = /iPad|iPhone|iPod/.test(ua) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
            const installed = window.matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
            if (ios && !installed) return 'ios-browser';
            if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
              return 'unsupported';
            }
            if (Notification.permission === 'denied') return 'denied';
            return navigator.serviceWorker.getRegistration()
              .then(registration => registration ? registration.pushManager.getSubscription() : null)
              .then(subscription => subscription ? 'subscribed ' + subscription.endpoint : 'off');
            """;

    private final PushService push;
    private final Paragraph text = new Paragraph();
    private final Button turnOn = new Button("Turn on", e -> turnOn());
    private final Button turnOff = new Button("Turn off", e -> turnOff());
    private final Button test = new Button("Send a test reminder", e -> sendTest());
    private DeviceSupport state = DeviceSupport.CHECKING;
    private String endpoint;

    public PushCard(PushService push) {
        this.push = push;
        getContent().addClassName("push-card");
        turnOn.addThemeVariants(ButtonVariant.PRIMARY);
        text.addClassName("push-card-text");
        text.getElement().setAttribute("aria-live", "polite");
        var actions = new Div(turnOn, test, turnOff);
        actions.addClassName("push-card-actions");
        getContent().add(new H2("Reminders on this device"), text, actions);
        show(DeviceSupport.CHECKING);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        check(event.getUI());
    }

    private void check(UI ui) {
        show(DeviceSupport.CHECKING);
        ui.getPage().executeJs(DETECT).then(String.class, this::detected, error -> detected("unsupported"));
    }

    /** The browser's answer to the check; package-visible so the states can be tried without a browser. */
    void detected(String answer) {
        if (answer != null && answer.startsWith("subscribed ")) {
            endpoint = answer.substring("subscribed ".length());
            show(push.isOn(endpoint) ? DeviceSupport.ON : DeviceSupport.OFF);
        } else {
            endpoint = null;
            show(DeviceSupport.of(answer));
        }
    }

    DeviceSupport state() {
        return state;
    }

    private void show(DeviceSupport support) {
        state = support;
        text.setText(switch (support) {
            case CHECKING -> CHECKING_TEXT;
            case IOS_BROWSER -> IOS_TEXT;
            case UNSUPPORTED -> UNSUPPORTED_TEXT;
            case DENIED -> DENIED_TEXT;
            case OFF -> OFF_TEXT;
            case ON -> ON_TEXT;
        });
        turnOn.setVisible(support == DeviceSupport.OFF);
        turnOff.setVisible(support == DeviceSupport.ON);
        test.setVisible(support == DeviceSupport.ON);
        turnOn.setEnabled(true);
        turnOff.setEnabled(true);
        test.setEnabled(true);
    }

    private void turnOn() {
        turnOn.setEnabled(false);
        UI ui = UI.getCurrent();
        loadClient(ui);
        ui.getPage().executeJs("return window.Vaadin.Flow.webPush.subscribe($0)", push.publicKey())
                .then(JsonNode.class, this::subscribed, this::subscribeFailed);
    }

    /** The browser's PushSubscription as JSON: endpoint and keys. */
    void subscribed(JsonNode subscription) {
        var device = new DeviceSubscription(text(subscription.path("endpoint")),
                text(subscription.path("keys").path("p256dh")), text(subscription.path("keys").path("auth")),
                deviceName());
        try {
            push.turnOn(device);
            endpoint = device.endpoint();
            show(DeviceSupport.ON);
            Notifications.success("Reminders are on for this device.");
        } catch (InvalidInputException e) {
            show(DeviceSupport.OFF);
            Notifications.error(e.getMessage());
        }
    }

    /** The permission was refused now, or the browser could not subscribe: check again and say which. */
    void subscribeFailed(String error) {
        UI.getCurrent().getPage().executeJs("return Notification.permission").then(String.class, permission -> {
            if ("denied".equals(permission)) {
                show(DeviceSupport.DENIED);
            } else {
                show(DeviceSupport.OFF);
                Notifications.error("This device could not turn reminders on. Try again later; if it keeps "
                        + "failing, this browser may not support them.");
            }
        }, unknown -> show(DeviceSupport.OFF));
    }

    private void turnOff() {
        turnOff.setEnabled(false);
        UI ui = UI.getCurrent();
        loadClient(ui);
        String leaving = endpoint;
        // Off on the server whatever the browser answers: no reminder goes to this device any more.
        push.turnOff(leaving);
        endpoint = null;
        ui.getPage().executeJs("return window.Vaadin.Flow.webPush.unsubscribe()")
                .then(ignored -> { }, error -> { });
        show(DeviceSupport.OFF);
        Notifications.success("Reminders are off for this device.");
    }

    private void sendTest() {
        test.setEnabled(false);
        boolean sent = push.sendTest();
        test.setEnabled(true);
        if (sent) {
            Notifications.success("Test reminder sent. It should appear on this device in a moment.");
        } else {
            Notifications.error("The test reminder could not be delivered. Turn reminders off and on again.");
        }
    }

    /** Which browser on which system, for the patient's list of devices and the audit trail. */
    private static String deviceName() {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getBrowser() == null) {
            return "";
        }
        var browser = session.getBrowser();
        String app = browser.isEdge() ? "Edge" : browser.isChrome() ? "Chrome" : browser.isFirefox() ? "Firefox"
                : browser.isSafari() ? "Safari" : browser.isOpera() ? "Opera" : "A browser";
        String system = browser.isAndroid() ? "Android" : browser.isIPhone() ? "iPhone"
                : browser.isMacOSX() ? "macOS" : browser.isWindows() ? "Windows" : browser.isLinux() ? "Linux" : "";
        return system.isEmpty() ? app : app + " on " + system;
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }

    /** Marks a UI whose page has flow-webpush's client script. */
    private static final class ClientLoaded {
    }

    /** flow-webpush's client script, once per page (it defines window.Vaadin.Flow.webPush). */
    private static void loadClient(UI ui) {
        if (ComponentUtil.getData(ui, ClientLoaded.class) != null) {
            return;
        }
        ComponentUtil.setData(ui, ClientLoaded.class, new ClientLoaded());
        try (InputStream script = PushCard.class.getClassLoader().getResourceAsStream("META-INF/frontend/FlowWebPush.js")) {
            if (script == null) {
                throw new IllegalStateException("flow-webpush's FlowWebPush.js is missing from the class path");
            }
            ui.getPage().executeJs(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
