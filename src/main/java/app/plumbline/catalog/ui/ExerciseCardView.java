package app.plumbline.catalog.ui;

import app.plumbline.catalog.CatalogHit;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.catalog.FitReason;
import app.plumbline.base.ui.AppUrls;
import app.plumbline.base.ui.Badge;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** An exercise as a card: picture, name (links to its page), summary, facts and why it fits. */
public class ExerciseCardView extends Div {

    private static final int MAX_REASONS = 3;

    public ExerciseCardView(CatalogHit hit) {
        ExerciseCard exercise = hit.exercise();
        addClassName("exercise-card");
        var image = new Image(AppUrls.of(exercise.imageUrl()), "");
        image.addClassName("exercise-card-image");
        var name = new Anchor(ExerciseView.route(exercise.slug()), exercise.name());
        name.addClassName("exercise-card-name");
        var summary = new Paragraph(exercise.summary());
        summary.addClassName("exercise-card-summary");
        add(image, name, facts(exercise), summary);
        if (!hit.reasons().isEmpty()) {
            add(reasons(hit.reasons()));
        }
    }

    static Div facts(ExerciseCard exercise) {
        var facts = new Div(Badge.of(exercise.kind().label(), "contrast"),
                Badge.of("Level " + exercise.level(), "contrast"),
                Badge.of(exercise.region().label(), "contrast"));
        if (exercise.isClinicExercise()) {
            facts.add(Badge.of("Clinic", "success"));
        }
        facts.addClassName("badges");
        return facts;
    }

    static Span regionBadge(app.plumbline.catalog.Region region) {
        return Badge.of(region.label(), "contrast");
    }

    private static UnorderedList reasons(List<FitReason> reasons) {
        var list = new UnorderedList();
        list.addClassName("fit-reasons");
        reasons.stream().limit(MAX_REASONS).forEach(r -> {
            var item = new ListItem(capitalised(r.text()));
            item.addClassName(r.side().name().toLowerCase());
            list.add(item);
        });
        if (reasons.size() > MAX_REASONS) {
            list.add(new ListItem(new Span("and " + (reasons.size() - MAX_REASONS) + " more")));
        }
        return list;
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
