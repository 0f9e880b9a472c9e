/**
 * What the patient does: session and exercise logs against a program version, the patient's
 * Today and History screens.
 */
package app.plumbline.sessionlog;
