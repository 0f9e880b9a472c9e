/**
 * The catalog importer's reading side: where the catalog files come from ({@link
 * app.plumbline.catalog.importer.CatalogSource}) and how they are read and checked into
 * definitions ({@link app.plumbline.catalog.importer.CatalogParser}), or refused with every
 * problem listed. Each file is checked first against its JSON Schema in {@code exercises/schema}
 * (the same files editors use), then for what a schema cannot say. Part of the {@code catalog} module; writing the definitions into the database
 * and the start-up import stay in {@code app.plumbline.catalog}.
 */
package app.plumbline.catalog.importer;
