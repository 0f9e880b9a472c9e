/**
 * Backups of the built-in H2 database: on demand from the admin's Backups screen and on a
 * schedule, into a configurable directory that keeps the newest N. On PostgreSQL backups are
 * pg_dump's job (see the README).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "base :: ui", "security"})
package app.plumbline.backup;
