/**
 * What every feature stands on: the application layout and navigation per role, shared UI
 * components (the chart), error handling, the {@link java.time.Clock} that all date rules use and the
 * {@link app.plumbline.base.ClinicCalendar} that gives each clinic its own "today".
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.plumbline.base;
