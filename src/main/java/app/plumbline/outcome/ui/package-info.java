/** The therapist's outcome panel on the patient page, the patient's questionnaire and progress card. */
@org.springframework.modulith.NamedInterface("ui")
package app.plumbline.outcome.ui;
