/**
 * The therapist's workbench: the patient list and the patient page, composed from the patient,
 * program (and later session log and adherence) features. Nothing depends on it.
 */
package app.plumbline.workbench;
