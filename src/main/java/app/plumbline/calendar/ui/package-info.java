/** The patient's Calendar card (and its screen), shown on the Reminders screen too. */
@org.springframework.modulith.NamedInterface("ui")
package app.plumbline.calendar.ui;
