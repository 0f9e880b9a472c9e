/**
 * Clinics and their accounts, roles, login, the password policy, the current user and the access
 * checks every service calls. A therapist reaches only their clinic; a patient only themself.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "base", "base :: ui", "base :: chart"
})
package app.plumbline.security;
