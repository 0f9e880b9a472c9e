package app.plumbline.catalog.importer;

import java.util.List;

/** The catalog files have problems; nothing was imported. Lists every problem found. */
public class InvalidCatalogException extends RuntimeException {

    private final List<String> problems;

    InvalidCatalogException(List<String> problems) {
        super("The exercise catalog has " + problems.size() + " problem(s); nothing was imported:\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
