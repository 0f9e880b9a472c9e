package app.plumbline.catalog.ui;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.Notifications;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ClinicExerciseService;
import app.plumbline.catalog.ExerciseCard;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Create a clinic exercise, or edit one (catalog/clinic/edit/&lt;slug&gt;). */
@Route("catalog/clinic/edit/:slug?")
@PageTitle("Clinic exercise · Plumbline")
@RolesAllowed("THERAPIST")
public class ClinicExerciseEditor extends Main implements BeforeEnterObserver {

    private final ClinicExerciseService service;
    private final ClinicExerciseForm form;
    private final H1 title = new H1("New clinic exercise");
    private String slug;
    private long version;

    public ClinicExerciseEditor(ClinicExerciseService service, CatalogService catalog) {
        this.service = service;
        addClassName("page");
        form = new ClinicExerciseForm(catalog.muscles(), service.linkable());
        var save = new Button("Save exercise", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", e -> UI.getCurrent().navigate(ClinicExercisesView.class));
        add(title, form, new HorizontalLayout(save, cancel));
    }

    static String route(String slug) {
        return "catalog/clinic/edit/" + slug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse(null);
        if (slug != null) {
            var editable = service.edit(slug);
            version = editable.version();
            title.setText("Edit " + editable.definition().name());
            form.setValue(editable.definition());
        } else {
            version = 0;
            title.setText("New clinic exercise");
            form.clear();
        }
    }

    private void save() {
        form.errors.clear();
        try {
            ExerciseCard saved = slug == null ? service.create(form.value())
                    : service.update(slug, version, form.value());
            Notifications.success("Saved “" + saved.name() + "”. It is in your clinic's catalog now.");
            UI.getCurrent().navigate(ExerciseView.route(saved.slug()));
        } catch (InvalidInputException e) {
            form.errors.show(e);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error("A colleague saved this exercise while you were editing. Reload the page to "
                    + "see their changes; your edits are still in the form.");
        }
    }
}
