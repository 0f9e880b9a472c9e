package app.plumbline.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * The questionnaires to print with a patient's home-exercise sheet (those due now or within the
 * sheet's four weeks), and those left out with why (a licensed measure whose texts the clinic has
 * not imported).
 */
public record SheetQuestionnaires(List<Page> pages, List<String> leftOut) {

    public SheetQuestionnaires {
        pages = List.copyOf(pages);
        leftOut = List.copyOf(leftOut);
    }

    /** One printed questionnaire: tick boxes minLabel … maxLabel (or one statement per answer). */
    public record Page(String shortName, String name, String instructions, LocalDate dueOn, int min, int max,
            String minLabel, String maxLabel, boolean patientNamesItems, List<PageItem> items) {

        public Page {
            items = List.copyOf(items);
        }
    }

    /** options: one statement per answer, from min up; empty when the item is ticked on the scale. */
    public record PageItem(int number, String text, List<String> options) {

        public PageItem {
            options = List.copyOf(options);
        }
    }
}
