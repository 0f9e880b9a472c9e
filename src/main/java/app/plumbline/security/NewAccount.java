package app.plumbline.security;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.Text;
import java.util.regex.Pattern;

/** What an admin types to open a staff account; checks itself the same way on every path. */
public record NewAccount(String username, String displayName, String password) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,100}");

    public NewAccount {
        username = Usernames.normalise(username);
        displayName = displayName == null ? "" : Text.clean(displayName).strip();
    }

    void validate() {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username",
                    "Use 3 to 100 letters, digits, dots, dashes, underscores or @.");
        }
        if (displayName.isEmpty() || displayName.length() > 200) {
            throw new InvalidInputException("displayName", "Enter the name shown to colleagues and patients.");
        }
        PasswordPolicy.problem(password, username).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
    }
}
