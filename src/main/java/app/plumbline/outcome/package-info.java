/**
 * Outcome measures: questionnaires as validated data files (questionnaires/), their scoring as pure
 * calculators, the therapist's plan of when a patient answers which, the patient's answers and the
 * scores over time against the measure's MCID and MDC. Other features read outcomes only through
 * {@link app.plumbline.outcome.OutcomeFigures}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "audit", "base", "base :: ui", "base :: chart", "catalog", "patient", "security"
})
package app.plumbline.outcome;
