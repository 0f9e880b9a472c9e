/**
 * The audit trail: an append-only record of who read or changed which patient's data, and when.
 */
package app.plumbline.audit;
