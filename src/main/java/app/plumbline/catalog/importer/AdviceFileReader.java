package app.plumbline.catalog.importer;

import app.plumbline.catalog.AdviceDefinition;
import app.plumbline.catalog.PatternLink;
import java.util.List;
import java.util.Set;

/**
 * Reads one advice file, already checked against {@code advice.schema.json}; checks what the
 * schema cannot say: the slug equals the file name and the patterns it names exist.
 */
final class AdviceFileReader {

    AdviceDefinition read(YamlFields file, String fileSlug, Set<String> patterns) {
        String slug = file.text("slug");
        if (slug != null && !slug.equals(fileSlug)) {
            file.problem("slug", "'" + slug + "' must equal the file name '" + fileSlug + "'");
        }
        String title = file.text("title");
        String text = file.text("text");
        List<PatternLink> links = ExerciseFileReader.links(file, patterns);
        if (slug == null || title == null || text == null || links.isEmpty()) {
            return null;
        }
        return new AdviceDefinition(slug, title, text, links, file.texts("references"), file.text("evidence"));
    }
}
