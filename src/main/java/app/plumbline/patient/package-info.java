/**
 * Patients of a clinic, their assessment findings and the therapist they are assigned to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "catalog", "security"
})
package app.plumbline.patient;
