package app.plumbline.sheet;

/** A finished PDF with the file name to save it under. */
public record SheetFile(String fileName, byte[] bytes) {

    public static final String CONTENT_TYPE = "application/pdf";
}
