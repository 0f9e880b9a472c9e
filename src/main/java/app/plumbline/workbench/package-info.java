/**
 * The therapist's workbench: the patient list and the patient page, composed from the patient,
 * program, session log and adherence features. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "adherence", "adherence :: ui", "base", "base :: ui", "catalog", "clinic", "message", "message :: ui",
        "outcome", "outcome :: ui", "patient", "reminder :: ui",
        "program", "program :: ui", "security", "sessionlog", "sheet", "sheet :: ui"
})
package app.plumbline.workbench;
