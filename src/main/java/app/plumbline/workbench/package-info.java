/**
 * The therapist's workbench: the patient list and the patient page, composed from the patient,
 * program, session log and adherence features. Nothing depends on it.
 */
package app.plumbline.workbench;
