package app.plumbline.workbench.ui;

import app.plumbline.base.ui.DateField;
import app.plumbline.base.ui.FieldErrors;
import app.plumbline.patient.PatientDetailsInput;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;

/** A patient's details, for the new-patient and edit dialogs. */
class PatientDetailsForm extends FormLayout {

    private static final Map<String, String> LANGUAGES = Map.of("en", "English", "de", "German", "fr", "French",
            "es", "Spanish", "it", "Italian", "nl", "Dutch", "pt", "Portuguese", "pl", "Polish", "tr", "Turkish");

    private final TextField givenName = new TextField("First name");
    private final TextField familyName = new TextField("Last name");
    private final DateField dateOfBirth = new DateField("Date of birth");
    private final EmailField email = new EmailField("Email");
    private final ComboBox<String> language = new ComboBox<>("Preferred language");
    private final TextArea notes = new TextArea("Notes");
    final FieldErrors errors;

    /** today: the clinic's, the latest date of birth. */
    PatientDetailsForm(LocalDate today) {
        givenName.setRequired(true);
        givenName.setMaxLength(100);
        familyName.setRequired(true);
        familyName.setMaxLength(100);
        dateOfBirth.setMax(today);
        email.setMaxLength(200);
        email.setHelperText("Optional");
        language.setItems(LANGUAGES.keySet().stream().sorted().toList());
        language.setItemLabelGenerator(code -> LANGUAGES.getOrDefault(code, code));
        language.setValue("en");
        notes.setMaxLength(4000);
        notes.setHelperText("Seen by the clinic's therapists only");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        add(givenName, familyName, dateOfBirth, email, language);
        add(notes, 2);
        errors = new FieldErrors().field("givenName", givenName).field("familyName", familyName)
                .field("dateOfBirth", dateOfBirth).field("email", email).field("notes", notes);
    }

    /** True, with the message at the field, when the date of birth typed is not a date. */
    boolean unreadable() {
        return DateField.anyUnreadable(dateOfBirth);
    }

    PatientDetailsInput value() {
        return new PatientDetailsInput(givenName.getValue(), familyName.getValue(), dateOfBirth.getValue(),
                email.getValue(), language.getValue(), notes.getValue());
    }

    void setValue(PatientDetailsInput input) {
        givenName.setValue(input.givenName() == null ? "" : input.givenName());
        familyName.setValue(input.familyName() == null ? "" : input.familyName());
        dateOfBirth.setValue(input.dateOfBirth());
        email.setValue(input.email() == null ? "" : input.email());
        language.setValue(input.preferredLanguage());
        notes.setValue(input.notes() == null ? "" : input.notes());
    }
}
