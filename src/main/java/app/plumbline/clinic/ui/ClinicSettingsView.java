package app.plumbline.clinic.ui;

import app.plumbline.base.ClinicCalendar;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.base.ui.PictureUpload;
import app.plumbline.base.ui.Notifications;
import app.plumbline.catalog.Illustration;
import app.plumbline.clinic.ClinicProfile;
import app.plumbline.clinic.ClinicSettingsInput;
import app.plumbline.clinic.ClinicSettingsService;
import app.plumbline.clinic.PaperSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Base64;
import java.util.Locale;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The admin's clinic settings: what every printed home-exercise sheet carries. */
@Route("settings")
@PageTitle("Clinic settings · Plumbline")
@Menu(order = 20, title = "Clinic settings", icon = "COG")
@RolesAllowed("ADMIN")
public class ClinicSettingsView extends Main {

    private final ClinicSettingsService settings;
    final TextField name = new TextField("Clinic name");
    final TextField contactLine = new TextField("Contact line");
    final TextField portalAddress = new TextField("Patient portal address");
    final RadioButtonGroup<PaperSize> paperSize = new RadioButtonGroup<>("Paper size");
    final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    final IntegerField reviewAfterWeeks = new IntegerField("Review a new program after (weeks)");
    private final Div logoPreview = new Div();
    private final Paragraph logoError = new Paragraph();
    private final FieldErrors errors = new FieldErrors().field("name", name).field("contactLine", contactLine)
            .field("portalAddress", portalAddress).field("paperSize", paperSize).field("timeZone", timeZone)
            .field("reviewAfterWeeks", reviewAfterWeeks);
    private long loadedVersion;

    public ClinicSettingsView(ClinicSettingsService settings, ClinicCalendar calendar) {
        this.settings = settings;
        addClassNames("page", "narrow");
        name.setMaxLength(ClinicSettingsInput.MAX_NAME);
        contactLine.setMaxLength(ClinicSettingsInput.MAX_CONTACT);
        contactLine.setHelperText("Phone, e-mail or address, printed at the foot of every sheet.");
        portalAddress.setHelperText("Where patients sign in, e.g. https://plumbline.your-clinic.org/ — printed "
                + "with a QR code, so never a password or a link with a token.");
        portalAddress.setMaxLength(ClinicSettingsInput.MAX_ADDRESS);
        paperSize.setItems(PaperSize.values());
        paperSize.setItemLabelGenerator(PaperSize::label);
        timeZone.setItems(ClinicSettingsInput.timeZones());
        timeZone.setPlaceholder("The server's: " + calendar.serverZone().getId());
        timeZone.setClearButtonVisible(true);
        timeZone.setHelperText("The clinic's day: \"today\", schedules, alerts and every time shown follow it.");
        reviewAfterWeeks.setMin(1);
        reviewAfterWeeks.setMax(ClinicSettingsInput.MAX_REVIEW_WEEKS);
        reviewAfterWeeks.setStepButtonsVisible(true);
        reviewAfterWeeks.setHelperText("The program builder proposes this review date for a new program; "
                + "the therapist can change it.");
        var form = new FormLayout(name, contactLine, portalAddress, paperSize, timeZone, reviewAfterWeeks);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var save = new Button("Save settings", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        logoPreview.addClassName("logo-preview");
        logoError.addClassName("field-error");
        var upload = new PictureUpload("logo", ClinicSettingsService.MAX_LOGO_BYTES, this::takeLogo,
                logoError::setText);
        var removeLogo = new Button("Remove logo", e -> show(settings.replaceLogo(null), "The logo is removed."));

        add(new H1("Clinic settings"),
                new Paragraph("Every printed home-exercise sheet shows the clinic's name, contact line, portal address "
                        + "and logo, for therapists and patients alike."),
                form, save,
                new H2("Logo"), new Paragraph("An SVG or PNG of up to " + ClinicSettingsService.MAX_LOGO_BYTES / 1024
                        + " KB and 4 megapixels (e.g. 2048 × 2048), printed at the top of each sheet. "
                        + "Dark on white prints best."),
                logoPreview, logoError, upload, removeLogo);
        fill(settings.profile());
    }

    private void save() {
        errors.clear();
        try {
            show(settings.save(new ClinicSettingsInput(name.getValue(), contactLine.getValue(),
                    portalAddress.getValue(), paperSize.getValue(), timeZone.getValue(), reviewAfterWeeks.getValue()),
                    loadedVersion), "The clinic settings are saved.");
        } catch (InvalidInputException e) {
            errors.show(e);
        } catch (ObjectOptimisticLockingFailureException e) {
            Notifications.error("Another admin saved the settings meanwhile. Reload the page and try again.");
        }
    }

    void takeLogo(String fileName, byte[] bytes) {
        logoError.setText("");
        String type = fileName.toLowerCase(Locale.ROOT).endsWith(".png") ? Illustration.PNG : Illustration.SVG;
        try {
            show(settings.replaceLogo(new Illustration(type, bytes)), "The new logo is saved.");
        } catch (InvalidInputException e) {
            logoError.setText(e.getMessage());
        }
    }

    private void show(ClinicProfile profile, String message) {
        fill(profile);
        Notifications.success(message);
    }

    private void fill(ClinicProfile profile) {
        loadedVersion = profile.version();
        name.setValue(profile.name());
        contactLine.setValue(profile.contactLine() == null ? "" : profile.contactLine());
        portalAddress.setValue(profile.portalAddress() == null ? "" : profile.portalAddress());
        paperSize.setValue(profile.paperSize());
        timeZone.setValue(profile.timeZone());
        reviewAfterWeeks.setValue(profile.reviewAfterWeeks());
        logoPreview.removeAll();
        if (profile.logo() == null) {
            logoPreview.add(new Paragraph("No logo yet: sheets show the clinic's name only."));
        } else {
            logoPreview.add(new Image("data:" + profile.logo().contentType() + ";base64,"
                    + Base64.getEncoder().encodeToString(profile.logo().bytes()), "Your clinic's logo"));
        }
    }
}
