/**
 * The catalog importer's reading side: where the catalog files come from ({@link
 * app.plumbline.catalog.importer.CatalogSource}) and how they are read and checked into
 * definitions ({@link app.plumbline.catalog.importer.CatalogParser}), or refused with every
 * problem listed. Part of the {@code catalog} module; writing the definitions into the database
 * and the start-up import stay in {@code app.plumbline.catalog}.
 */
package app.plumbline.catalog.importer;
