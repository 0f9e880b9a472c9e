package app.plumbline.catalog;

public record MuscleDefinition(String slug, String name, Region region) {
}
