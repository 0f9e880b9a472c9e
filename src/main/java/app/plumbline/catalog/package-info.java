/**
 * The exercise catalog keyed to imbalance patterns through muscles: patterns, muscles and
 * exercises imported from {@code exercises/}, the everyday advice items keyed to patterns (from
 * {@code exercises/advice/}), the clinic's own exercises, search, and the reason an exercise fits
 * a pattern.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "base :: ui", "security"})
package app.plumbline.catalog;
