package app.plumbline.sheet;

import app.plumbline.base.Text;
import app.plumbline.catalog.Illustration;
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
import java.util.Base64;
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
        model.put("clinicName", sheet.clinic().name());
        model.put("contactLine", sheet.clinic().contactLine());
        model.put("logo", sheet.clinic().logo() == null ? null : picture(sheet.clinic().logo(), "Logo"));
        model.put("portalAddress", sheet.clinic().portalAddress());
        model.put("qr", sheet.clinic().portalAddress() == null ? null : QrCode.svg(sheet.clinic().portalAddress()));
        model.put("patientName", sheet.patientName());
        model.put("therapistName", sheet.therapistName());
        model.put("goal", sheet.goal());
        model.put("startDate", date(sheet.startDate()));
        model.put("reviewDate", date(sheet.reviewDate()));
        model.put("version", sheet.version());
        model.put("printedOn", date(sheet.printedOn()));
        model.put("exercises", sheet.exercises().stream().map(SheetTemplate::item).toList());
        model.put("weeks", sheet.grid().weeks().stream().map(SheetTemplate::week).toList());
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

    /** An SVG goes in as vector markup; a PNG as an image. */
    private static String picture(Illustration picture, String alt) {
        if (picture.isSvg()) {
            String svg = new String(picture.bytes(), StandardCharsets.UTF_8).strip();
            if (svg.startsWith("<?xml")) {
                svg = svg.substring(svg.indexOf("?>") + 2).strip();
            }
            return OPACITY.matcher(svg).replaceAll("fill-opacity$1");
        }
        return "<img alt=\"" + alt.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;")
                + "\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(picture.bytes()) + "\"/>";
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
