/** Catalog screens, and the pieces other features reuse: the filters, the dosage fields, exercise links. */
@org.springframework.modulith.NamedInterface("ui")
package app.plumbline.catalog.ui;
