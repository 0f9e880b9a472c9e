/**
 * Moving a whole installation (all its clinics) between databases, H2 to PostgreSQL and back: the
 * export to a versioned zip (a manifest with row counts and SHA-256 checksums per table, one file
 * of canonical rows per table) and the import into an empty database at the same schema version,
 * verified table by table. It reads tables through JDBC metadata, not entities, and runs from the
 * command line without the web app ({@code --plumbline.move=export|import}, README "PostgreSQL").
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package app.plumbline.move;
