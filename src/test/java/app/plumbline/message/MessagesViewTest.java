package app.plumbline.message;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.message.ui.MessagesView;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The patient's Messages screen: writing, the exercise it is about, read receipts, the menu count. */
class MessagesViewTest extends KaribuTest {

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

    static List<String> bubbles(String side) {
        return _find(Div.class, spec -> spec.withClasses("message-bubble " + side)).stream()
                .map(b -> b.getElement().getTextRecursively()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePatientWritesAboutAnExerciseAndSeesWhenTheTherapistHasReadIt() {
        openAs("maria.lopez", "messages");
        _get(MessagesView.class);
        Select<MessageThread.ExerciseChoice> about = _get(Select.class,
                spec -> spec.withLabel("About an exercise (optional)"));
        MessageThread.ExerciseChoice first = about.getListDataView().getItems().findFirst().orElseThrow();
        TextArea text = _get(TextArea.class, spec -> spec.withLabel("Message"));
        _setValue(text, "Can I do this one at work?");
        _setValue(about, first);
        _click(_get(Button.class, spec -> spec.withText("Send")));

        assertThat(bubbles("mine").getLast()).contains("About: " + first.name(), "Can I do this one at work?",
                "Not read yet");
        assertThat(text.getValue()).isEmpty();
        assertThat(about.getValue()).isNull();

        newTabAs("anna.berg", "patients/" + maria);
        assertThat(bubbles("theirs").getLast()).contains("Maria Lopez", "Can I do this one at work?");

        newTabAs("maria.lopez", "messages");
        assertThat(bubbles("mine").getLast()).containsPattern("Read \\d\\d:\\d\\d$");
    }

    @Test
    void emptyOrMarkedUpTextIsRefusedAtTheFieldAndNothingIsSent() {
        openAs("maria.lopez", "messages");
        int before = bubbles("mine").size();
        TextArea text = _get(TextArea.class, spec -> spec.withLabel("Message"));
        _click(_get(Button.class, spec -> spec.withText("Send")));
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Write a message first.");

        _setValue(text, "<b>Help</b>");
        _click(_get(Button.class, spec -> spec.withText("Send")));
        assertThat(text.getErrorMessage()).isEqualTo("Write plain text: tags such as <b> are not allowed.");
        assertThat(text.getValue()).as("kept for correcting").isEqualTo("<b>Help</b>");
        assertThat(bubbles("mine")).hasSize(before);
    }

    @Test
    void theMenuCountsTheTherapistsUnreadAnswersUntilThePatientOpensMessages() {
        signIn.as("anna.berg");
        messages.send(signIn.ref(maria), new MessageInput("See you on Thursday.", null));
        messages.send(signIn.ref(maria), new MessageInput("Bring your sheet.", null));

        newTabAs("maria.lopez", "history");
        assertThat(menuCount("Messages")).isEqualTo("2");
        Anchor topBar = _get(Anchor.class, spec -> spec.withClasses("app-unread"));
        assertThat(topBar.isVisible()).isTrue();
        assertThat(topBar.getHref()).isEqualTo(MessageService.PATIENT_ROUTE);
        assertThat(topBar.getElement().getAttribute("aria-label")).isEqualTo("2 unread messages");
        UI.getCurrent().navigate("messages");
        assertThat(bubbles("theirs")).last().asString().contains("Anna Berg", "Bring your sheet.");
        assertThat(menuCount("Messages")).isNull();
        assertThat(topBar.isVisible()).isFalse();
    }

    /** The count shown after the menu entry, or null for none. */
    static String menuCount(String entry) {
        SideNavItem item = _get(SideNavItem.class, spec -> spec.withPredicate(i -> entry.equals(i.getLabel())));
        Component suffix = item.getSuffixComponent();
        return suffix == null ? null : suffix.getElement().getText();
    }
}
