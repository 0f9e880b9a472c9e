package app.plumbline.security;

import app.plumbline.base.InvalidInputException;
import app.plumbline.base.Names;
import java.util.regex.Pattern;

/** What an admin types to open a staff account; checks itself the same way on every path. */
public record NewAccount(String username, String displayName, String password) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,100}");

    public NewAccount {
        username = Usernames.normalise(username);
        displayName = Names.clean(displayName);
    }

    void validate() {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username",
                    "Use 3 to 100 letters, digits, dots, dashes, underscores or @.");
        }
        Names.check("displayName", "the name shown to colleagues and patients", displayName, 200);
        PasswordPolicy.problem(password, username).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
    }
}
