/**
 * Programs: a patient's exercises with dosage and schedule, edited as a draft and published as
 * immutable numbered versions; the starter-program rule, version diffs and clinic templates.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base :: ui", "catalog", "clinic", "catalog :: ui", "patient", "security"
})
package app.plumbline.program;
