package app.plumbline.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The size in pixels a picture declares, read from its header without decoding it. A small file
 * may declare a huge picture: 250 KB of PNG can say 16000 × 16000 pixels, which takes a gigabyte
 * of memory and seconds to decode, again for every sheet that prints it. So the size is checked
 * before anything is decoded.
 */
record ImageSize(long width, long height) {

    /** The longest side a picture may have. */
    static final long MAX_SIDE = 4096;
    /** The most pixels a picture may have: 4 megapixels, e.g. 2048 × 2048 (16 MB decoded). */
    static final long MAX_PIXELS = 2048L * 2048;

    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-z%]*)\\s*");
    /** CSS pixels per unit, at 96 per inch. */
    private static final Map<String, Double> PIXELS_PER = Map.of("", 1.0, "px", 1.0, "in", 96.0, "cm", 96 / 2.54,
            "mm", 96 / 25.4, "pt", 96 / 72.0, "pc", 16.0);

    /** What is wrong with the size, or empty when it may be used. */
    Optional<String> problem() {
        if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
            return Optional.of("the picture is " + width + " × " + height + " pixels; it may have at most " + MAX_SIDE
                    + " pixels a side and " + MAX_PIXELS / (1024 * 1024) + " megapixels in all (e.g. 2048 × 2048)");
        }
        return Optional.empty();
    }

    /**
     * Width and height from a PNG's IHDR chunk, which must come right after the signature; empty
     * when there is none.
     */
    static Optional<ImageSize> ofPng(byte[] bytes) {
        if (bytes.length < 33 || readInt(bytes, 8) != 13 || bytes[12] != 'I' || bytes[13] != 'H' || bytes[14] != 'D'
                || bytes[15] != 'R') {
            return Optional.empty();
        }
        return Optional.of(new ImageSize(readInt(bytes, 16), readInt(bytes, 20)));
    }

    /**
     * The size an {@code <svg>} element declares: its width and height when both are given in
     * absolute units, else its viewBox's (which renderers take as the size when there is none).
     * Empty when the viewBox is not four numbers with a positive width and height.
     */
    static Optional<ImageSize> ofSvg(Element svg) {
        String[] box = svg.getAttribute("viewBox").strip().split("[\\s,]+");
        if (box.length != 4) {
            return Optional.empty();
        }
        double boxWidth;
        double boxHeight;
        try {
            for (String number : box) {
                if (!Double.isFinite(Double.parseDouble(number))) {
                    return Optional.empty();
                }
            }
            boxWidth = Double.parseDouble(box[2]);
            boxHeight = Double.parseDouble(box[3]);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (boxWidth <= 0 || boxHeight <= 0) {
            return Optional.empty();
        }
        Optional<Double> width = pixels(svg.getAttribute("width"));
        Optional<Double> height = pixels(svg.getAttribute("height"));
        return Optional.of(width.isPresent() && height.isPresent()
                ? new ImageSize(round(width.get()), round(height.get()))
                : new ImageSize(round(boxWidth), round(boxHeight)));
    }

    /** A length in absolute units as pixels; empty for none, a percentage or a relative unit. */
    private static Optional<Double> pixels(String length) {
        Matcher m = LENGTH.matcher(length.toLowerCase(Locale.ROOT));
        if (!m.matches() || !PIXELS_PER.containsKey(m.group(2))) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(m.group(1)) * PIXELS_PER.get(m.group(2)));
    }

    private static long round(double pixels) {
        return pixels >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) Math.ceil(pixels);
    }

    /** An unsigned big-endian 32-bit number. */
    private static long readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xffL) << 24 | (bytes[at + 1] & 0xffL) << 16 | (bytes[at + 2] & 0xffL) << 8
                | bytes[at + 3] & 0xffL;
    }
}
