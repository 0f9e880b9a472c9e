/**
 * The demo clinic: seeded into an empty database when the {@code demo} profile is active, never
 * into one that holds real data. Each feature adds its part of the story here, through the same
 * services a person would use.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "base", "catalog", "clinic", "outcome", "patient", "program", "reminder", "security", "sessionlog"
})
package app.plumbline.demo;
