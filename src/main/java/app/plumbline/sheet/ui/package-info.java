/** Sheet downloads on the therapist's and the patient's screens, and batch printing. */
@org.springframework.modulith.NamedInterface("ui")
package app.plumbline.sheet.ui;
