/**
 * What the patient does: session and exercise logs against a program version, the patient's
 * Today and History screens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base :: ui", "catalog", "clinic", "patient", "program", "security",
        "sheet :: ui"
})
package app.plumbline.sessionlog;
