/**
 * Adherence (computed, never stored by hand), pain trends, alerts by exception and the
 * explainable suggestions that become the next program version.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base :: ui", "base :: chart", "catalog", "outcome", "outcome :: ui", "patient", "program",
        "security", "sessionlog"
})
package app.plumbline.adherence;
