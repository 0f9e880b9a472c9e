package app.plumbline.catalog;

/** The picture of an exercise: an SVG (from the catalog or uploaded) or an uploaded PNG. */
public record Illustration(String contentType, byte[] bytes) {

    public static final String SVG = "image/svg+xml";
    public static final String PNG = "image/png";

    public boolean isSvg() {
        return SVG.equals(contentType);
    }
}
