package app.plumbline.clinic;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.Text;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The admin's form: clinic name, contact line, portal address, paper size, time zone (an IANA
 * region such as Europe/Berlin; null keeps the server's) and after how many weeks a new program
 * is reviewed by default. Checks itself.
 */
public record ClinicSettingsInput(String name, String contactLine, String portalAddress, PaperSize paperSize,
        String timeZone, Integer reviewAfterWeeks) {

    public static final int MAX_NAME = 200;
    public static final int MAX_CONTACT = 200;
    public static final int MAX_ADDRESS = 200;
    /** Two weeks: a first check of a new home program, as the builder proposes it unless the clinic says otherwise. */
    public static final int DEFAULT_REVIEW_WEEKS = 2;
    public static final int MAX_REVIEW_WEEKS = 26;

    public ClinicSettingsInput {
        name = blankToNull(name);
        contactLine = blankToNull(contactLine);
        portalAddress = blankToNull(portalAddress);
        timeZone = blankToNull(timeZone);
    }

    /** The regions a clinic may choose: IANA's region ids, not fixed offsets that ignore clock changes. */
    public static java.util.SortedSet<String> timeZones() {
        return new java.util.TreeSet<>(ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")).toList());
    }

    /** The chosen zone, if any (only once {@link #problems()} found none). */
    public java.util.Optional<ZoneId> zone() {
        return timeZone == null ? java.util.Optional.empty() : java.util.Optional.of(ZoneId.of(timeZone));
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "Enter the clinic's name (up to " + MAX_NAME + " characters)."));
        }
        if (contactLine != null && contactLine.length() > MAX_CONTACT) {
            problems.add(new FieldProblem("contactLine", "Keep the contact line under " + MAX_CONTACT + " characters."));
        }
        if (portalAddress != null) {
            addressProblem(portalAddress).ifPresent(m -> problems.add(new FieldProblem("portalAddress", m)));
        }
        if (paperSize == null) {
            problems.add(new FieldProblem("paperSize", "Choose the paper size."));
        }
        if (reviewAfterWeeks == null || reviewAfterWeeks < 1 || reviewAfterWeeks > MAX_REVIEW_WEEKS) {
            problems.add(new FieldProblem("reviewAfterWeeks", "Enter a number of weeks from 1 to " + MAX_REVIEW_WEEKS + "."));
        }
        if (timeZone != null && !timeZones().contains(timeZone)) {
            problems.add(new FieldProblem("timeZone", "Choose a time zone from the list, such as Europe/Berlin."));
        }
        return problems;
    }

    /**
     * The portal address goes into a QR code on paper that anyone may read, so it must be a plain
     * web address: no user name or password, no query or fragment that could carry a token.
     */
    static java.util.Optional<String> addressProblem(String address) {
        if (address.length() > MAX_ADDRESS) {
            return java.util.Optional.of("Keep the address under " + MAX_ADDRESS + " characters.");
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (Exception e) {
            return java.util.Optional.of("Enter a web address such as https://plumbline.example-clinic.org/.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            return java.util.Optional.of("Enter a web address starting with https:// (or http://).");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return java.util.Optional.of("The address is printed for anyone to read: leave out user names, "
                    + "passwords and anything after ? or #.");
        }
        return java.util.Optional.empty();
    }

    private static String blankToNull(String value) {
        return Text.strippedOrNull(value);
    }
}
