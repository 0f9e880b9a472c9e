package app.plumbline.catalog.importer;

import java.util.ArrayList;
import java.util.List;

/** Every problem found in the catalog files, each as "file: field: message". */
final class CatalogProblems {

    private final List<String> problems = new ArrayList<>();

    void add(String file, String field, String message) {
        problems.add(file + ": " + (field == null || field.isEmpty() ? "(file)" : field) + ": " + message);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<String> list() {
        return List.copyOf(problems);
    }
}
