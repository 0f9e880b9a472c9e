package app.plumbline.message;

import static app.plumbline.message.MessagesViewTest.bubbles;
import static app.plumbline.message.MessagesViewTest.menuCount;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.message.ui.PatientMessages;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The therapist's side: the unread column and menu count, the Messages section of the patient page. */
class PatientMessagesTest extends KaribuTest {

    @Autowired
    DemoPatients demo;
    @Autowired
    MessageService messages;

    private Long maria;

    @BeforeEach
    void readEverything() {
        maria = demo.id("anna.berg", "Maria Lopez");
        messages.thread(signIn.ref(maria));
        signIn.as("maria.lopez");
        messages.thread(signIn.ref(maria));
        signIn.out();
    }

    @AfterEach
    void leaveNothingUnread() {
        readEverything();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTherapistSeesTheUnreadMessageInTheListAndMenuReadsItOnThePatientPageAndAnswers() {
        signIn.as("maria.lopez");
        messages.send(signIn.ref(maria), new MessageInput("My jaw clicks when I open wide.", null));

        newTabAs("anna.berg", "patients");
        assertThat(unreadCell("Maria Lopez")).isEqualTo("1 unread");
        assertThat(unreadCell("David Kim")).isEmpty();
        assertThat(menuCount("Patients")).isEqualTo("1");

        com.vaadin.flow.component.UI.getCurrent().navigate("patients/" + maria);
        PatientMessages section = _get(PatientMessages.class);
        assertThat(bubbles("theirs").getLast()).contains("My jaw clicks when I open wide.");
        assertThat(menuCount("Patients")).as("opening the thread read it").isNull();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(section, Select.class))
                .as("only the patient attaches an exercise").isEmpty();
        _setValue(_get(section, TextArea.class, spec -> spec.withLabel("Message")), "Open only as far as it is quiet.");
        _click(_get(section, Button.class, spec -> spec.withText("Send")));
        assertThat(bubbles("mine").getLast()).contains("Anna Berg", "Open only as far as it is quiet.", "Not read yet");

        com.vaadin.flow.component.UI.getCurrent().navigate("patients");
        assertThat(unreadCell("Maria Lopez")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static String unreadCell(String name) {
        Grid<Object> grid = _get(Grid.class);
        var column = GridKt._getColumnByHeader(grid, "Messages");
        var nameColumn = GridKt._getColumnByHeader(grid, "Name");
        for (int row = 0; row < GridKt._size(grid); row++) {
            Object item = GridKt._get(grid, row);
            if (GridKt._getFormatted(nameColumn, item).contains(name)) {
                return GridKt._getFormatted(column, item);
            }
        }
        throw new AssertionError(name + " not in the list");
    }
}
