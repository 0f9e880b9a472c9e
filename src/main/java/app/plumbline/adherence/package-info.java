/**
 * Adherence (computed, never stored by hand), pain trends, alerts by exception and the
 * explainable suggestions that become the next program version.
 */
package app.plumbline.adherence;
