/**
 * Patients of a clinic, their assessment findings and the therapist they are assigned to.
 */
package app.plumbline.patient;
