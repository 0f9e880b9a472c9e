/** The patient's Reminders screen, the admin's outbox, and the reminder line of the patient page. */
@org.springframework.modulith.NamedInterface("ui")
package app.plumbline.reminder.ui;
