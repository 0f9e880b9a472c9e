/**
 * The audit trail: an append-only record of who read or changed which patient's data, and when.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui", "security"})
package app.plumbline.audit;
