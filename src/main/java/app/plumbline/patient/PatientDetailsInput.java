package app.plumbline.patient;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.Names;
import app.plumbline.base.Text;
import app.plumbline.base.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The patient's details as a therapist enters them; checks itself on every path. */
public record PatientDetailsInput(String givenName, String familyName, LocalDate dateOfBirth, String email,
        String preferredLanguage, String notes) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public PatientDetailsInput {
        givenName = Names.clean(givenName);
        familyName = Names.clean(familyName);
        email = strip(email);
        preferredLanguage = preferredLanguage == null || preferredLanguage.isBlank() ? "en" : preferredLanguage.strip();
        notes = strip(notes);
    }

    void validate(LocalDate today) {
        List<FieldProblem> problems = problems(today);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Every problem of the details at once, each at its field. */
    List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Names.problem("givenName", "the first name", givenName, 100).ifPresent(problems::add);
        Names.problem("familyName", "the last name", familyName, 100).ifPresent(problems::add);
        if (dateOfBirth != null && (dateOfBirth.isAfter(today) || dateOfBirth.isBefore(today.minusYears(130)))) {
            problems.add(new FieldProblem("dateOfBirth", "Enter a date of birth in the past."));
        }
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem("email", "Enter an email address like name@example.org, or leave it empty."));
        }
        if (notes != null && notes.length() > 4000) {
            problems.add(new FieldProblem("notes", "Keep notes under 4000 characters."));
        }
        return problems;
    }

    private static String strip(String value) {
        return Text.strippedOrNull(value);
    }
}
