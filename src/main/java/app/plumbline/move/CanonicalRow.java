package app.plumbline.move;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A row in the archive: one line holding a JSON array of the row's canonical values, each a string
 * or null, in the manifest's column order. The encoding is fixed (no spaces; only the quote, the
 * backslash and control characters escaped) so that the same row is always the same bytes: the
 * table's checksum is taken over these lines.
 */
final class CanonicalRow {

    private CanonicalRow() {
    }

    static String encode(List<String> values) {
        StringBuilder line = new StringBuilder(64);
        line.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = values.get(i);
            if (value == null) {
                line.append("null");
            } else {
                appendString(line, value);
            }
        }
        return line.append(']').toString();
    }

    static List<String> decode(String line) {
        Parser parser = new Parser(line);
        List<String> values = parser.array();
        return Collections.unmodifiableList(values);
    }

    private static void appendString(StringBuilder line, String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20) {
                        line.append(String.format("\\u%04x", (int) c));
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }

    private static final class Parser {
        private final String line;
        private int at;

        Parser(String line) {
            this.line = line;
        }

        List<String> array() {
            List<String> values = new ArrayList<>();
            expect('[');
            if (peek() == ']') {
                at++;
            } else {
                while (true) {
                    values.add(value());
                    char next = next();
                    if (next == ']') {
                        break;
                    }
                    if (next != ',') {
                        throw invalid();
                    }
                }
            }
            if (at != line.length()) {
                throw invalid();
            }
            return values;
        }

        private String value() {
            if (line.startsWith("null", at)) {
                at += 4;
                return null;
            }
            expect('"');
            StringBuilder value = new StringBuilder();
            while (true) {
                char c = next();
                if (c == '"') {
                    return value.toString();
                }
                if (c != '\\') {
                    value.append(c);
                    continue;
                }
                char escaped = next();
                switch (escaped) {
                    case '"', '\\', '/' -> value.append(escaped);
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'u' -> {
                        if (at + 4 > line.length()) {
                            throw invalid();
                        }
                        try {
                            value.append((char) Integer.parseInt(line.substring(at, at + 4), 16));
                        } catch (NumberFormatException e) {
                            throw invalid();
                        }
                        at += 4;
                    }
                    default -> throw invalid();
                }
            }
        }

        private void expect(char c) {
            if (next() != c) {
                throw invalid();
            }
        }

        private char peek() {
            if (at >= line.length()) {
                throw invalid();
            }
            return line.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private MoveException invalid() {
            String start = line.length() > 60 ? line.substring(0, 60) + "…" : line;
            return new MoveException("Not a row of the move archive (at character " + at + "): " + start);
        }
    }
}
