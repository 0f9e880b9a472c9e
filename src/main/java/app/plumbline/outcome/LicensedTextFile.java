package app.plumbline.outcome;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file a clinic holding a licence uploads with a licensed measure's texts (format in
 * questionnaires/README.md): plain UTF-8 lines of {@code name: value}, {@code #} comments and blank
 * lines ignored. {@code measure:} names the measure; each {@code item:} opens an item by its key,
 * followed by its {@code text:} and one line per answer ({@code 0:} … {@code 5:}; optional for a
 * measure whose answers share one labelled scale, such as the EARS). Checked against the
 * measure's structure (its items and its answers per item); every problem is named
 * {@code line N/field}, all at once.
 */
final class LicensedTextFile {

    static final int MAX_TEXT = 500;
    private static final Pattern LINE = Pattern.compile("^([A-Za-z0-9-]+)\\s*:\\s*(.*)$");

    private LicensedTextFile() {
    }

    /** The texts read from a valid file, item key → text and answers in order. */
    record Texts(String measure, String instructions, Map<String, ItemTexts> items) {
    }

    record ItemTexts(String text, List<String> options) {
    }

    /** Reads and checks the file; structures gives the shipped measure (without texts) by slug. */
    static Texts read(byte[] bytes, Function<String, Optional<Questionnaire>> structures) {
        String content = decode(bytes);
        List<FieldProblem> problems = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        Questionnaire q = null;
        String instructions = null;
        Map<String, Integer> itemLines = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String>> answers = new LinkedHashMap<>();
        String current = null;
        boolean skipping = false;
        int last = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            last = number;
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                problems.add(at(number, current == null ? "file" : current, "Write `name: value` (for example "
                        + "`text: ...` or `0: ...`), or start the line with # for a comment."));
                continue;
            }
            String name = m.group(1);
            String value = m.group(2).strip();
            if (skipping && !name.equals("item")) {
                continue; // the lines of a refused item: its own problem says enough
            }
            if (q == null && !name.equals("measure")) {
                problems.add(at(number, "measure", "The file starts with `measure: ndi` (or odi): which measure "
                        + "these texts belong to."));
                return fail(problems);
            }
            if (value.isEmpty()) {
                problems.add(at(number, field(current, name), "The value after `" + name + ":` is empty."));
                continue;
            }
            if (value.length() > MAX_TEXT) {
                problems.add(at(number, field(current, name), "Keep it to " + MAX_TEXT + " characters (it has "
                        + value.length() + ")."));
                continue;
            }
            switch (name) {
                case "measure" -> {
                    if (q != null) {
                        problems.add(at(number, "measure", "The measure is named once, on the first line."));
                        continue;
                    }
                    Optional<Questionnaire> found = structures.apply(value);
                    if (found.isEmpty()) {
                        problems.add(at(number, "measure", "`" + value + "` is not a measure Plumbline knows; write "
                                + "its short name in small letters, e.g. ndi or odi."));
                        return fail(problems);
                    }
                    if (found.get().licence().textsIncluded()) {
                        problems.add(at(number, "measure", "The " + found.get().shortName() + "'s texts are shipped "
                                + "with Plumbline; only a measure whose texts are left out (NDI, ODI) is imported."));
                        return fail(problems);
                    }
                    q = found.get();
                }
                case "instructions" -> {
                    if (current != null || instructions != null) {
                        problems.add(at(number, "instructions", "Give the instructions once, before the first item."));
                    } else {
                        instructions = value;
                    }
                }
                case "item" -> {
                    skipping = true;
                    if (q.item(value).isEmpty()) {
                        problems.add(at(number, "item", "`" + value + "` is not an item of the " + q.shortName()
                                + "; its items are " + String.join(", ", q.items().stream().map(Questionnaire.Item::key)
                                .toList()) + "."));
                        current = null;
                    } else if (itemLines.containsKey(value)) {
                        problems.add(at(number, "item", "`" + value + "` is given twice (first on line "
                                + itemLines.get(value) + ")."));
                        current = null;
                    } else {
                        itemLines.put(value, number);
                        answers.put(value, new TreeMap<>());
                        current = value;
                        skipping = false;
                    }
                }
                case "text" -> {
                    if (current == null) {
                        problems.add(at(number, "text", "A text belongs to an item: put `item: <key>` before it."));
                    } else if (texts.putIfAbsent(current, value) != null) {
                        problems.add(at(number, current + ".text", "This item has a text already."));
                    }
                }
                default -> answer(q, current, number, name, value, answers, problems);
            }
        }
        if (q == null) {
            problems.add(at(Math.max(last, 1), "measure", "The file is empty: it starts with `measure: ndi` (or odi)."));
            return fail(problems);
        }
        int end = Math.max(last, 1);
        for (Questionnaire.Item item : q.items()) {
            Integer opened = itemLines.get(item.key());
            if (opened == null) {
                problems.add(at(end, "items", "The item `" + item.key() + "` (" + item.topic() + ") is missing; the "
                        + q.shortName() + " has " + q.items().size() + " items."));
                continue;
            }
            if (!texts.containsKey(item.key())) {
                problems.add(at(opened, item.key() + ".text", "The item has no `text:` line."));
            }
            var given = answers.get(item.key());
            List<Integer> missing = new ArrayList<>();
            for (int v = q.scale().min(); v <= q.scale().max(); v++) {
                if (!given.containsKey(v)) {
                    missing.add(v);
                }
            }
            boolean optional = q.scale().minLabel() != null && given.isEmpty();
            if (!missing.isEmpty() && !optional) {
                problems.add(at(opened, item.key(), "Each item has " + (q.scale().max() - q.scale().min() + 1)
                        + " answers (" + q.scale().min() + " to " + q.scale().max() + "); " + given.size()
                        + " given, missing " + missing.stream().map(String::valueOf).toList() + "."));
            }
        }
        if (!problems.isEmpty()) {
            return fail(problems);
        }
        Map<String, ItemTexts> items = new LinkedHashMap<>();
        for (Questionnaire.Item item : q.items()) {
            items.put(item.key(), new ItemTexts(texts.get(item.key()),
                    List.copyOf(answers.get(item.key()).values())));
        }
        return new Texts(q.slug(), instructions, items);
    }

    /** The measure with these texts in it: answerable, its licence note saying whose texts they are. */
    static Questionnaire apply(Questionnaire structure, Texts texts) {
        List<Questionnaire.Item> items = structure.items().stream().map(i -> {
            ItemTexts t = texts.items().get(i.key());
            return new Questionnaire.Item(i.key(), t.text(), i.topic(), i.optional(), t.options());
        }).toList();
        var licence = new Questionnaire.Licence(structure.licence().status(), true,
                "Texts imported by this clinic under its own licence. " + structure.licence().note());
        return new Questionnaire(structure.slug(), structure.name(), structure.shortName(), structure.kind(),
                structure.measures(), texts.instructions() == null ? structure.instructions() : texts.instructions(),
                licence, structure.scale(), structure.patientNamesItems(), items, structure.scoring(), structure.mcid(),
                structure.mdc(), structure.sources());
    }

    private static void answer(Questionnaire q, String current, int number, String name, String value,
            Map<String, TreeMap<Integer, String>> answers, List<FieldProblem> problems) {
        if (!name.matches("\\d{1,2}")) {
            problems.add(at(number, field(current, name), "`" + name + ":` is not known here: use measure, "
                    + "instructions, item, text or an answer's number (" + q.scale().min() + " to " + q.scale().max()
                    + ")."));
            return;
        }
        int value2 = Integer.parseInt(name);
        if (current == null) {
            problems.add(at(number, name, "An answer belongs to an item: put `item: <key>` before it."));
        } else if (!q.scale().contains(value2)) {
            problems.add(at(number, current + "." + name, "Answers go from " + q.scale().min() + " to "
                    + q.scale().max() + "."));
        } else if (answers.get(current).putIfAbsent(value2, value) != null) {
            problems.add(at(number, current + "." + name, "Answer " + name + " is given twice for this item."));
        }
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(at(1, "file", "The file is not UTF-8 text; save it as plain "
                    + "text (UTF-8) and upload it again.")));
        }
    }

    private static String field(String item, String name) {
        return item == null ? name : item + "." + name;
    }

    private static FieldProblem at(int line, String field, String message) {
        return new FieldProblem("line " + line + "/" + field, message);
    }

    private static Texts fail(List<FieldProblem> problems) {
        throw new InvalidInputException(problems);
    }
}
