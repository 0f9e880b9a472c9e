/**
 * What every feature stands on: shared UI components (field errors, notifications, the chart),
 * error handling, the {@link java.time.Clock} that all date rules use, the
 * {@link app.plumbline.base.ClinicCalendar} that gives each clinic its own "today" and
 * {@link app.plumbline.base.YamlSchema}, which checks data files (the catalog, questionnaires)
 * against their JSON Schema, and the {@link app.plumbline.base.QueuedWriter} for rows a request
 * need not read back (audit events, sign-ins per day). It depends on no other module; the role-aware layout and home
 * routing are in {@code shell}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package app.plumbline.base;
