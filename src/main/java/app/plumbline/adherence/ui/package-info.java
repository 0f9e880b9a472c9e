/** Adherence and pain panels, shown on the therapist's patient page and the patient's progress screen. */
@org.springframework.modulith.NamedInterface("ui")
package app.plumbline.adherence.ui;
