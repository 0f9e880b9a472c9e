package app.plumbline.security;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** What an admin types to open a staff account; checks itself the same way on every path. */
public record NewAccount(String username, String displayName, String password) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,100}");

    public NewAccount {
        username = Usernames.normalise(username);
        displayName = Names.clean(displayName);
    }

    /** Everything wrong with the input, each at its field, in the form's order. */
    List<FieldProblem> problems(Predicate<String> usernameTaken) {
        List<FieldProblem> problems = new ArrayList<>();
        Names.problem("displayName", "the name shown to colleagues and patients", displayName, 200)
                .ifPresent(problems::add);
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username",
                    "Use 3 to 100 letters, digits, dots, dashes, underscores or @."));
        } else if (usernameTaken.test(username)) {
            problems.add(new FieldProblem("username", "This username is taken; choose another."));
        }
        PasswordPolicy.problem(password, username)
                .ifPresent(problem -> problems.add(new FieldProblem("password", problem)));
        return problems;
    }
}
