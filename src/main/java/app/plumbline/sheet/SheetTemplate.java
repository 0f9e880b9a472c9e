package app.plumbline.sheet;

import app.plumbline.base.Text;
import app.plumbline.catalog.Illustration;
import app.plumbline.outcome.SheetQuestionnaires;
import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Fills the sheet's XHTML template ({@code sheet/sheet.html} with {@code sheet/sheet.css}) from a
 * {@link SheetContent}. Text is escaped by the template engine; only pictures that passed the
 * catalog's illustration check and the generated QR code go in as markup.
 */
@Component
class SheetTemplate {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);

    /**
     * Batik draws an element's opacity through an offscreen bitmap, fill-opacity as vector paint;
     * the catalog uses opacity only on fill-only highlight shapes, where the two look the same.
     */
    /** A clinic name longer than this is set smaller in the header; the footer cuts it at FOOTER_NAME. */
    static final int LONG_NAME = 60;
    static final int FOOTER_NAME = 50;
    /** Parts of a contact line between separators up to this long never break inside. */
    private static final int UNBROKEN_PART = 60;
    private static final java.util.regex.Pattern SEPARATOR = java.util.regex.Pattern.compile("\\s+[·•|]\\s+");

    private static final java.util.regex.Pattern SVG_ROOT = java.util.regex.Pattern.compile("<svg(?=[\\s>/])[^>]*>");
    private static final java.util.regex.Pattern HAS_ALT = java.util.regex.Pattern.compile("\\salt\\s*=");

    private static final java.util.regex.Pattern OPACITY = java.util.regex.Pattern.compile(
            "(?<![\\w-])opacity(\\s*[:=])");

    private final Template template;
    private final String css;

    SheetTemplate() {
        // Text that reached the database before forms dropped control characters would make the
        // XHTML invalid: dropped here too.
        this.template = Mustache.compiler().defaultValue("")
                .withEscaper(text -> Escapers.HTML.escape(Text.clean(text))).compile(read("sheet/sheet.html"));
        this.css = read("sheet/sheet.css");
    }

    String html(SheetContent sheet) {
        Map<String, Object> model = new HashMap<>();
        model.put("css", css);
        model.put("pageSize", switch (sheet.options().paper()) {
            case A4 -> "A4";
            case LETTER -> "letter";
        });
        model.put("bodyClass", sheet.options().largePrint() ? "large" : "normal");
        model.put("large", sheet.options().largePrint());
        String clinicName = sheet.clinic().name();
        model.put("clinicName", clinicName);
        model.put("longClinicName", clinicName != null && clinicName.length() > LONG_NAME);
        model.put("footerClinicName", shortened(clinicName, FOOTER_NAME));
        model.put("contactLine", sheet.clinic().contactLine());
        model.put("contactParts", contactParts(sheet.clinic().contactLine()));
        model.put("logo", sheet.clinic().logo() == null ? null
                : picture(sheet.clinic().logo(), "Logo of " + clinicName));
        model.put("portalAddress", sheet.clinic().portalAddress());
        model.put("shortAddress", sheet.clinic().portalAddress() != null
                && sheet.clinic().portalAddress().length() <= UNBROKEN_PART);
        model.put("qr", sheet.clinic().portalAddress() == null ? null : withAlt(
                QrCode.svg(sheet.clinic().portalAddress()), "QR code of " + sheet.clinic().portalAddress()));
        model.put("patientName", sheet.patientName());
        model.put("therapistName", sheet.therapistName());
        model.put("goal", sheet.goal());
        model.put("startDate", date(sheet.startDate()));
        model.put("reviewDate", date(sheet.reviewDate()));
        model.put("version", sheet.version());
        model.put("printedOn", date(sheet.printedOn()));
        model.put("exercises", sheet.exercises().stream().map(SheetTemplate::item).toList());
        model.put("advice", sheet.advice().stream().map(a -> Map.of("title", a.title(), "text", a.text())).toList());
        model.put("weeks", sheet.grid().weeks().stream().map(SheetTemplate::week).toList());
        model.put("questionnaires", sheet.questionnaires().stream().map(SheetTemplate::questionnaire).toList());
        return template.execute(model);
    }

    private static Map<String, Object> item(SheetContent.Item item) {
        Map<String, Object> m = new HashMap<>();
        m.put("position", item.position());
        m.put("name", item.name());
        m.put("dosage", item.dosage());
        m.put("schedule", item.schedule());
        m.put("steps", item.steps());
        m.put("cautions", item.cautions().isEmpty() ? null : item.cautions());
        m.put("note", item.note());
        m.put("picture", item.picture() == null ? null : picture(item.picture(), item.name()));
        return m;
    }

    /**
     * A questionnaire page: the items with a tick box per answer, on the scale (its end labels in
     * the header) or, for a measure with a statement per answer, one line per statement.
     */
    private static Map<String, Object> questionnaire(SheetQuestionnaires.Page page) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", page.name());
        m.put("shortName", page.shortName());
        m.put("instructions", page.instructions());
        m.put("dueOn", date(page.dueOn()));
        m.put("named", page.patientNamesItems());
        List<Map<String, Object>> values = IntStream.rangeClosed(page.min(), page.max())
                .mapToObj(v -> Map.<String, Object>of("value", v)).toList();
        m.put("values", values);
        m.put("scaleItems", page.items().stream().filter(i -> i.options().isEmpty()).map(i -> {
            Map<String, Object> item = new HashMap<>();
            item.put("number", i.number());
            item.put("text", i.text());
            item.put("values", values);
            return item;
        }).toList());
        m.put("statementItems", page.items().stream().filter(i -> !i.options().isEmpty()).map(i -> Map.of(
                "number", i.number(), "text", i.text(),
                "options", IntStream.range(0, i.options().size()).mapToObj(k -> Map.of("value", page.min() + k,
                        "text", i.options().get(k))).toList())).toList());
        m.put("hasScaleItems", page.items().stream().anyMatch(i -> i.options().isEmpty()));
        m.put("scaleEnds", page.minLabel() == null || page.maxLabel() == null ? null
                : page.min() + " = " + page.minLabel() + " · " + page.max() + " = " + page.maxLabel());
        return m;
    }

    private static Map<String, Object> week(TrackingGrid.Week week) {
        return Map.of("number", week.number(),
                "days", week.days().stream().map(d -> Map.of("weekday", WEEKDAY.format(d), "date", DAY.format(d)))
                        .toList(),
                "rows", week.rows().stream().map(r -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("position", r.position());
                    row.put("exercise", r.exercise());
                    row.put("when", r.when());
                    row.put("cells", r.boxes().stream().map(n -> Map.of("boxes",
                            IntStream.range(0, n).boxed().toList())).toList());
                    return row;
                }).toList());
    }

    /**
     * The contact line in parts: the text between separators (" · ", " | ") never breaks inside
     * (an address, a phone number, an e-mail address), unless it is too long for a line; lines
     * break at the separators.
     */
    static List<Map<String, Object>> contactParts(String contactLine) {
        List<Map<String, Object>> parts = new ArrayList<>();
        if (contactLine == null) {
            return parts;
        }
        var separators = SEPARATOR.matcher(contactLine);
        int from = 0;
        while (separators.find()) {
            parts.add(part(contactLine.substring(from, separators.start())));
            parts.add(Map.of("text", separators.group(), "nobreak", false));
            from = separators.end();
        }
        parts.add(part(contactLine.substring(from)));
        return parts;
    }

    private static Map<String, Object> part(String text) {
        return Map.of("text", text, "nobreak", text.length() <= UNBROKEN_PART);
    }

    /** At most max characters, cut at a word with an ellipsis. */
    static String shortened(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,;:·\\-–]+$", "") + "…";
    }

    /** An SVG goes in as vector markup (with alt text for the tagged PDF); a PNG as an image. */
    private static String picture(Illustration picture, String alt) {
        if (picture.isSvg()) {
            String svg = new String(picture.bytes(), StandardCharsets.UTF_8).strip();
            if (svg.startsWith("<?xml")) {
                svg = svg.substring(svg.indexOf("?>") + 2).strip();
            }
            return withAlt(OPACITY.matcher(svg).replaceAll("fill-opacity$1"), alt);
        }
        return "<img alt=\"" + alt.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;")
                + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(picture.bytes()) + "\"/>";
    }

    /**
     * The alternative text a tagged PDF gives an inline SVG, on its root element; an SVG that has
     * one already, or whose root is not a plain {@code <svg>} tag, is left as it is.
     */
    static String withAlt(String svg, String alt) {
        var root = SVG_ROOT.matcher(svg);
        if (alt == null || !root.find() || HAS_ALT.matcher(root.group()).find()) {
            return svg;
        }
        return svg.substring(0, root.start() + 4) + " alt=\"" + Escapers.HTML.escape(Text.clean(alt)) + "\""
                + svg.substring(root.start() + 4);
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    private static String read(String resource) {
        try (InputStream in = SheetTemplate.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
