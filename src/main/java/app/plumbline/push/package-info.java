/**
 * Web Push: the patient's browsers and installed apps that receive reminders, the server's VAPID
 * key pair (made on the first start, kept in the database), and {@link app.plumbline.push.PushNotifications},
 * through which other features (reminders) send a short message with no health details to all of a
 * patient's devices. Sending uses the library Vaadin's flow-webpush is built on; the browser side
 * is flow-webpush's client script and the service worker of Vaadin's PWA support.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base :: ui", "patient", "security"
})
package app.plumbline.push;
