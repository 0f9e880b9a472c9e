/** The patient's Notifications screen and its card for push reminders on this device. */
@org.springframework.modulith.NamedInterface("ui")
package app.plumbline.push.ui;
