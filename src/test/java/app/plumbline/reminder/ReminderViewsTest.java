package app.plumbline.reminder;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.reminder.ui.OutboxView;
import app.plumbline.reminder.ui.RemindersView;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The patient's Reminders screen and the admin's outbox, without a browser. */
class ReminderViewsTest extends KaribuTest {

    @Autowired
    DemoPatients demo;
    @Autowired
    ReminderService reminders;
    @Autowired
    ReminderPlanRepository plans;

    private Long maria;

    @BeforeEach
    void mariaHasMondayAt18() {
        maria = demo.id("anna.berg", "Maria Lopez");
        signIn.as("maria.lopez");
        reminders.save(new ReminderChoice(true, EnumSet.of(DayOfWeek.MONDAY), List.of(LocalTime.of(18, 0)), true));
        signIn.out();
    }

    private static Button chip(String day) {
        return _get(Button.class, spec -> spec.withAttribute("aria-label", day));
    }

    @SuppressWarnings("rawtypes")
    private static CustomField field(String label) {
        return _get(CustomField.class, spec -> spec.withLabel(label));
    }

    @Test
    void thePatientChoosesDaysAndATimeWithTheMistakesShownAtTheFields() {
        openAs("maria.lopez", "reminders");
        _get(RemindersView.class);
        assertThat(chip("Monday").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(chip("Tuesday").getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(_get(Paragraph.class, spec -> spec.withId("reminder-address")).getText())
                .contains("maria.lopez@example.org");

        _click(chip("Monday"));
        TimePicker time = _find(TimePicker.class).get(0);
        time.setValue(LocalTime.of(22, 0));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(field("Days").isInvalid()).isTrue();
        assertThat(field("Days").getErrorMessage()).isEqualTo("Choose at least one day.");
        assertThat(field("Times").getErrorMessage()).contains("quiet hours");
        assertThat(plans.findByPatientId(maria).orElseThrow().days()).as("nothing saved")
                .containsExactly(DayOfWeek.MONDAY);

        _click(chip("Wednesday"));
        _click(chip("Friday"));
        time.setValue(LocalTime.of(7, 45));
        _click(_get(Button.class, spec -> spec.withText("Add a time")));
        _find(TimePicker.class).get(1).setValue(LocalTime.of(18, 30));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(field("Times").getErrorMessage()).contains("quiet hours").contains("21:00–08:00");
        time.setValue(LocalTime.of(8, 0));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(field("Days").isInvalid()).isFalse();
        assertThat(field("Times").isInvalid()).isFalse();

        ReminderPlan saved = plans.findByPatientId(maria).orElseThrow();
        assertThat(saved.days()).containsExactly(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(saved.timeList()).containsExactly(LocalTime.of(8, 0), LocalTime.of(18, 30));

        newTabAs("anna.berg", "patients/" + maria);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reminder-status")).getText())
                .isEqualTo("Reminders: email, Wed Fri 08:00, 18:30");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePatientChoosesPushTooAndTheScreenHoldsTheDeviceAndCalendarCards() {
        openAs("maria.lopez", "reminders");
        _get(app.plumbline.push.ui.PushCard.class);
        _get(app.plumbline.calendar.ui.CalendarFeedCard.class);
        var channels = _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class,
                spec -> spec.withLabel("Remind me by"));
        channels.setValue(java.util.Set.of(Channel.PUSH));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        ReminderPlan saved = plans.findByPatientId(maria).orElseThrow();
        assertThat(saved.channels()).containsExactly(Channel.PUSH);
        newTabAs("anna.berg", "patients/" + maria);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reminder-status")).getText())
                .isEqualTo("Reminders: push, Mon 18:00");
    }

    @Test
    void switchedOffTheChoicesAreReadOnlyAndTheTherapistSeesRemindersOff() {
        openAs("maria.lopez", "reminders");
        var on = _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withLabel("Send me reminders"));
        on.setValue(false);
        assertThat(field("Days").isReadOnly()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(plans.findByPatientId(maria).orElseThrow().isEnabled()).isFalse();

        newTabAs("anna.berg", "patients/" + maria);
        assertThat(_get(Paragraph.class, spec -> spec.withId("reminder-status")).getText()).isEqualTo("Reminders off");
    }

    @Test
    void thePatientSaysNoToMessageEmailsWhileRemindersStayAsTheyAre() {
        openAs("maria.lopez", "reminders");
        var notices = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withLabel("Email me when my clinic writes to me"));
        assertThat(notices.getValue()).isTrue();
        assertThat(notices.isReadOnly()).isFalse();
        notices.setValue(false);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        ReminderPlan saved = plans.findByPatientId(maria).orElseThrow();
        assertThat(saved.isMessageNotices()).isFalse();
        assertThat(saved.isEnabled()).isTrue();
        assertThat(saved.noticeChannels()).isEmpty();
        assertThat(saved.channels()).containsExactly(Channel.EMAIL);
        openAs("maria.lopez", "reminders");
        assertThat(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withLabel("Email me when my clinic writes to me")).getValue()).isFalse();
        mariaHasMondayAt18();
        assertThat(plans.findByPatientId(maria).orElseThrow().isMessageNotices()).as("back as other tests expect")
                .isTrue();
    }

    @Test
    void theAdminSeesTheDemoOutboxWithTheNoMailServerNotice() {
        openAs("admin", "admin/outbox");
        _get(OutboxView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("no-mail-server")).getText())
                .contains("No mail server is configured");
        List<String> items = _find(ListItem.class, spec -> spec.withClasses("outbox-item")).stream()
                .map(i -> i.getElement().getTextRecursively()).toList();
        assertThat(items).isNotEmpty();
        assertThat(items).allMatch(i -> i.contains("Not sent: no mail server configured"));
        assertThat(items).anyMatch(i -> i.contains("Lopez") || i.contains("Kim") || i.contains("Rossi")
                || i.contains("Wright") || i.contains("Novak") || i.contains("O'Connor"));
    }

    @Test
    void onlyTheAdminOpensTheOutboxAndOnlyPatientsTheirReminders() {
        signIn.as("anna.berg");
        assertRefused("admin/outbox");
        signIn.as("maria.lopez");
        assertRefused("admin/outbox");
        signIn.as("admin");
        assertRefused("reminders");
    }
}
