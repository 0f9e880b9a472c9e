package app.plumbline.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * A date picker that shows and reads dates the same way on every screen: year-month-day, which no
 * clinic misreads, and as typed also day/month/year. What cannot be read as a date is said at the
 * field; the picker's value is then empty, so a form asks {@link #anyUnreadable} before saving
 * rather than saving an optional date as "not recorded".
 */
public class DateField extends DatePicker {

    public static final String UNREADABLE = "Enter the date as year-month-day, for example 1980-03-15.";

    public DateField(String label) {
        super(label);
        setI18n(new DatePickerI18n().setDateFormats("yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy").setFirstDayOfWeek(1)
                .setBadInputErrorMessage(UNREADABLE));
        // Typing does not open the calendar (its button and the arrow-down key do): a calendar opened
        // by typing and closed by Enter at once could leave the rest of a dialog hidden from screen
        // readers (aria-hidden stayed on the dialog's fields and buttons; a CI run caught it).
        setAutoOpen(false);
    }

    public DateField(String label, LocalDate initialDate) {
        this(label);
        setValue(initialDate);
    }

    /** Whether what was typed is not a date. */
    public boolean unreadable() {
        return isInputUnparsable();
    }

    /**
     * Marks each field whose text is not a date and moves the keyboard to the first; true when there
     * was one, and the form then saves nothing.
     */
    public static boolean anyUnreadable(DateField... fields) {
        var unreadable = Stream.of(fields).filter(DateField::unreadable).toList();
        unreadable.forEach(field -> {
            field.setErrorMessage(UNREADABLE);
            field.setInvalid(true);
        });
        unreadable.stream().findFirst().ifPresent(DateField::focus);
        return !unreadable.isEmpty();
    }
}
