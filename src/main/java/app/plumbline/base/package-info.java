/**
 * What every feature stands on: the application layout and navigation per role, shared UI
 * components (the chart), error handling and the {@link java.time.Clock} that all date rules use.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package app.plumbline.base;
