/**
 * Calendar feed: a patient's iCalendar (RFC 5545) subscription at a long random, revocable address
 * ({@code /calendar/{token}.ics}, no sign-in), with each scheduled session of the active program as
 * an event "Home exercises" with an alarm, and nothing else about the patient's health. The patient
 * switches it on, renews or switches off the address (audited); a therapist sees only whether it is
 * on. The time of day of each session comes from {@link app.plumbline.calendar.SessionTimes}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base :: ui", "clinic", "patient", "program", "security"
})
package app.plumbline.calendar;
