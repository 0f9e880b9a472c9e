/**
 * Programs: a patient's exercises with dosage and schedule, edited as a draft and published as
 * immutable numbered versions; the starter-program rule, version diffs and clinic templates.
 */
package app.plumbline.program;
