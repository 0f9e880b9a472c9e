package app.plumbline.testing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.base.Names;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.HasListDataView;
import com.vaadin.flow.dom.Element;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Random, oversized, unicode, control-character and markup input for the forms, typed the way
 * Karibu's user would (only into fields that are visible and enabled, as a browser can). Each
 * round is more or less wild: some rounds stay plausible, so a form is seen to save as well as
 * to refuse. Numbers get values inside and far outside their range, selects any item or none,
 * dates anything from year 1 to 9999.
 */
public final class FormFuzzer {

    public static final String[] NASTY = {
        "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "\"><b>bold</b><!--", "</vaadin-grid>",
        "'; drop table patient; --", "%s%n%x", "\u0000", "\u0007\u001b[31m", "\r\n\t", "\u202Eevil\u202C",
        "Zoë Ångström-Łukasiewicz", "李小龍", "😀👨‍👩‍👧‍👦", "e\u0301\u0301\u0301", "   ", "", "a", "=HYPERLINK(\"x\")",
        "𝕏".repeat(300), "x".repeat(5000), "../../etc/passwd", "null", "NaN", "-1", "9".repeat(40)};
    /** Text that shows nothing, or only turns the text around: no name may be made of it. */
    public static final String[] INVISIBLE = {"\u200B\u200C\u200D\u2060\uFEFF\u180E",
        "\u202A\u202B\u202C\u202D\u202E\u200E\u200F\u061C", "\u2066\u2067\u2068\u2069", "\u3164 \u200B"};
    /** What input looks like when it is strange but not too long or blank: still saved by a sound form. */
    private static final String[] SHORT = Arrays.stream(NASTY).filter(s -> !s.isBlank() && s.length() <= 40)
            .toArray(String[]::new);
    private static final String[] MARKUP_SIGNS = {"onerror", "<script", "<b>bold"};
    private static final double[] WILDNESS = {0, 0, 0.1, 0.3, 1};

    private final Random random;
    private double wildness = 0.3;
    private final List<String> typed = new ArrayList<>();

    public FormFuzzer(long seed) {
        random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** Starts a round: chooses how wild its values are (from none to all) and forgets what was typed. */
    public void newRound() {
        wildness = WILDNESS[random.nextInt(WILDNESS.length)];
        typed.clear();
    }

    /** What the last fill typed, field by field, for a failure message. */
    public List<String> typed() {
        return List.copyOf(typed);
    }

    private boolean wild() {
        return random.nextDouble() < wildness;
    }

    public String nasty() {
        var text = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            text.append(NASTY[random.nextInt(NASTY.length)]);
        }
        if (random.nextInt(5) == 0) {
            random.ints(1 + random.nextInt(40), 0, 0x2FFFF).filter(Character::isValidCodePoint)
                    .forEach(text::appendCodePoint);
        }
        return text.toString();
    }

    public String text() {
        return wild() ? nasty() : SHORT[random.nextInt(SHORT.length)];
    }

    private String email() {
        if (wild()) {
            return nasty();
        }
        return random.nextBoolean() ? "" : "zoë+" + random.nextInt(1000) + "@example.org";
    }

    public Integer number(int min, int max) {
        boolean bounded = min != Integer.MIN_VALUE && max != Integer.MAX_VALUE;
        if (bounded && !wild()) {
            return min + random.nextInt(max - min + 1);
        }
        int[] extremes = {0, -1, 1, min - 1, max + 1, Integer.MAX_VALUE, Integer.MIN_VALUE, random.nextInt()};
        int pick = random.nextInt(extremes.length + 1);
        return pick == extremes.length ? null : extremes[pick];
    }

    /** A weight as a person types it (2.5), or now and then one out of range, too precise or none. */
    public java.math.BigDecimal decimal() {
        if (!wild()) {
            return java.math.BigDecimal.valueOf(5 + random.nextInt(200), 1);
        }
        String[] extremes = {"0", "-1", "0.4", "100.5", "2.25", "1E+9", "99999999999999999999.99"};
        int pick = random.nextInt(extremes.length + 1);
        return pick == extremes.length ? null : new java.math.BigDecimal(extremes[pick]);
    }

    public LocalDate date(LocalDate min, LocalDate max) {
        LocalDate today = TestClock.today();
        if (!wild()) {
            if (max != null) {
                LocalDate date = max.minusDays(random.nextInt(365 * 3));
                return min != null && date.isBefore(min) ? min : date;
            }
            LocalDate from = min != null ? min : today;
            return from.plusDays(random.nextInt(60) - (min != null ? 0 : 30));
        }
        LocalDate[] extremes = {null, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), today.plusDays(1),
            today.plusDays(random.nextInt(100_000)), today.minusDays(random.nextInt(100_000)),
            min == null ? today : min.minusDays(1), max == null ? today : max.plusDays(1)};
        return extremes[random.nextInt(extremes.length)];
    }

    /** An item of the list, or nothing: the only values a browser can send a select or combo box. */
    public <T> T pick(List<T> items) {
        if (items.isEmpty() || wild() && random.nextBoolean()) {
            return null;
        }
        return items.get(random.nextInt(items.size()));
    }

    private <T> Set<T> subset(List<T> items) {
        Set<T> chosen = new HashSet<>();
        for (T item : items) {
            if (random.nextInt(wild() ? 2 : 4) == 0) {
                chosen.add(item);
            }
        }
        return chosen;
    }

    /**
     * Fills every input the user can reach under root: date pickers first (a date may rebuild what
     * follows), then check boxes (they may show more fields), then all the others.
     */
    public void fill(Component root) {
        for (DatePicker picker : reachable(root, DatePicker.class)) {
            // A plausible user mostly leaves an empty, optional date empty (a prescription's end).
            boolean leftEmpty = picker.isEmpty() && !wild() && random.nextInt(10) < 7;
            set(picker, leftEmpty ? null : date(picker.getMin(), picker.getMax()));
        }
        for (Checkbox box : reachable(root, Checkbox.class)) {
            if (!(box.getParent().orElse(null) instanceof CheckboxGroup<?>)) {
                set(box, random.nextBoolean());
            }
        }
        List<Component> first = reachable(root, Component.class);
        Set<Component> leftAlone = optionalGroupsLeftEmpty(first);
        for (Component field : first) {
            if (field.isAttached() && reachable(field) && !leftAlone.contains(field)) {
                fillOne(field);
            }
        }
        // A choice may show the input for its value (an intensity's kind shows the effort, band or
        // kg field): fill what appeared, as a person would. Forms without such choices draw nothing more.
        Set<Component> filled = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        filled.addAll(first);
        filled.addAll(leftAlone);
        for (Component field : reachable(root, Component.class)) {
            if (!filled.contains(field) && field.isAttached()) {
                fillOne(field);
            }
        }
    }

    /**
     * The inputs of optional composite fields (an intensity, a tempo) that a plausible user leaves
     * empty this time, as most doses have neither (the wilder the round, the more often they are filled).
     */
    private Set<Component> optionalGroupsLeftEmpty(List<Component> fields) {
        Set<Component> alone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Component field : fields) {
            if (field instanceof com.vaadin.flow.component.customfield.CustomField<?> group
                    && _find(group, Component.class).stream().filter(c -> c != group)
                            .allMatch(c -> !(c instanceof HasValue<?, ?> inner) || inner.isEmpty())
                    && !group.isRequiredIndicatorVisible() && !wild() && random.nextInt(3) > 0) {
                alone.addAll(_find(group, Component.class));
            }
        }
        return alone;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fillOne(Component field) {
        // A plausible user leaves many empty, optional text fields empty (a portal address, a note).
        if (field instanceof HasValue<?, ?> value && value.isEmpty() && value.getEmptyValue() instanceof String
                && !value.isRequiredIndicatorVisible() && !wild() && random.nextBoolean()) {
            return;
        }
        switch (field) {
            case IntegerField f -> set(f, number(f.getMin(), f.getMax()));
            case BigDecimalField f -> set(f, decimal());
            case EmailField f -> set(f, email());
            case PasswordField f -> set(f, text());
            case TextField f -> set(f, text());
            case TextArea f -> set(f, text());
            case Select s -> set(s, pick(items(s)));
            case ComboBox c -> set(c, pick(items(c)));
            case RadioButtonGroup r -> set(r, pick(items(r)));
            case CheckboxGroup g -> set(g, subset(items(g)));
            case MultiSelectComboBox m -> set(m, subset(items(m)));
            default -> {
            }
        }
    }

    private static List<?> items(HasListDataView<?, ?> field) {
        return field.getListDataView().getItems().toList();
    }

    private <V> void set(HasValue<?, V> field, V value) {
        _setValue(field, value);
        typed.add(label(field) + "=" + shown(value));
    }

    private static String label(HasValue<?, ?> field) {
        Element element = ((Component) field).getElement();
        String label = element.getProperty("label", element.getAttribute("aria-label"));
        return label == null ? ((Component) field).getClass().getSimpleName() : label;
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        text = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
        return text.codePoints().mapToObj(c -> Character.isISOControl(c) ? String.format("\\u%04x", c)
                : Character.toString(c)).reduce("", String::concat);
    }

    private static <T extends Component> List<T> reachable(Component root, Class<T> type) {
        return _find(root, type).stream().filter(FormFuzzer::reachable).toList();
    }

    /** Shown, enabled and not read-only, as for a person in the browser: the server takes input for nothing else. */
    private static boolean reachable(Component component) {
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return component.getElement().isEnabled()
                && !(component instanceof HasValue<?, ?> value && value.isReadOnly());
    }

    /**
     * Clicks submit and tells whether the form saved, by whether the state it writes changed. Then
     * nothing may show as markup, and a refusal must say at a field what is wrong; where a problem
     * belongs to no field (e.g. "tick at least one box"), an error notification may say it instead.
     */
    public boolean submit(Runnable click, LongSupplier state, boolean orNotification) {
        NotificationsKt.clearNotifications();
        long before = state.getAsLong();
        click.run();
        assertNothingRenderedAsMarkup();
        if (state.getAsLong() != before) {
            return true;
        }
        List<String> said = new ArrayList<>(fieldMessages(UI.getCurrent()));
        if (orNotification) {
            said.addAll(errorNotifications());
        }
        assertThat(said).as("a refusal says what is wrong; typed %s", typed).isNotEmpty();
        return false;
    }

    /** Stored names of people: whatever was typed, each shows a letter and holds nothing invisible. */
    public static void assertNamesShow(List<String> names) {
        assertThat(names).allSatisfy(name -> {
            assertThat(Names.hasLetter(name)).as("a letter in %s", shown(name)).isTrue();
            assertThat(Names.clean(name)).as("nothing invisible around or in %s", shown(name)).isEqualTo(name);
        });
    }

    /** The last open dialog, or the UI when none is open: where a form's fields are. */
    public static Component openDialogOrUi() {
        return _find(Dialog.class).stream().filter(Dialog::isOpened).map(Component.class::cast)
                .reduce((a, b) -> b).orElse(UI.getCurrent());
    }

    /** The messages at fields marked invalid under root (an empty list when none says what is wrong). */
    public static List<String> fieldMessages(Component root) {
        return _find(root, Component.class).stream()
                .filter(c -> c instanceof HasValidation v && v.isInvalid() && v.getErrorMessage() != null
                        && !v.getErrorMessage().isBlank() && reachable(c))
                .map(c -> ((HasValidation) c).getErrorMessage()).toList();
    }

    /** The texts of the error notifications on screen. */
    public static List<String> errorNotifications() {
        return NotificationsKt.getNotifications().stream()
                .filter(n -> n.getElement().getThemeList().contains("error"))
                .map(n -> n.getElement().getProperty("text", "")).toList();
    }

    /** Nothing on screen was set as HTML from input: no Html components and no element with innerHTML holding it. */
    public static void assertNothingRenderedAsMarkup() {
        List<String> markup = new ArrayList<>();
        collectMarkup(UI.getCurrent().getElement(), markup);
        assertThat(markup).as("elements with input rendered as markup").isEmpty();
        assertThat(_find(UI.getCurrent(), Html.class)).allSatisfy(html ->
                assertThat(html.getInnerHtml()).doesNotContain(MARKUP_SIGNS));
    }

    private static void collectMarkup(Element element, List<String> markup) {
        String inner = element.getProperty("innerHTML");
        if (inner != null && Arrays.stream(MARKUP_SIGNS).anyMatch(inner::contains)) {
            markup.add(element.getTag() + ": " + inner);
        }
        element.getChildren().forEach(child -> collectMarkup(child, markup));
    }
}
