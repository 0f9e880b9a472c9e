package app.plumbline.program;

public record TemplateSummary(Long id, String name, String goal, int exerciseCount) {
}
