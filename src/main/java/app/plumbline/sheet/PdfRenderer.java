package app.plumbline.sheet;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * The one class that uses the PDF library (openhtmltopdf on PDFBox): XHTML in, PDF out, with the
 * bundled DejaVu fonts embedded and SVG drawn as vectors. Nothing outside is ever loaded: no
 * network, no files, no scripts in SVG.
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    static {
        // The library logs every render at INFO on its own; keep its warnings only.
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers().forEach(name ->
                com.openhtmltopdf.util.XRLog.setLevel(name, java.util.logging.Level.WARNING));
    }
    private static final String PRODUCER = "Plumbline";

    byte[] render(String xhtml) {
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Tagged PDF (PDF/UA): a structure tree, the document's language and title, and only
            // the embedded fonts: the library's unembedded standard fonts (Helvetica, Symbol, …) are
            // not even loaded, which is what logged "Using fallback font … for base font Symbol".
            builder.usePdfUaAccessibility(true);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE,
                    SvgExternalResourceMode.SECURE));
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer(PRODUCER);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Several PDFs as one, in order (batch printing); each keeps its own page numbers. */
    byte[] merge(List<byte[]> pdfs) {
        var merger = new PDFMergerUtility();
        var out = new ByteArrayOutputStream();
        List<PDDocument> parts = new java.util.ArrayList<>();
        try (PDDocument target = new PDDocument()) {
            for (byte[] pdf : pdfs) {
                PDDocument part = Loader.loadPDF(new RandomAccessReadBuffer(pdf));
                parts.add(part);
                merger.appendDocument(target, part);
            }
            target.getDocumentInformation().setProducer(PRODUCER);
            target.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (PDDocument part : parts) {
                try {
                    part.close();
                } catch (IOException ignored) {
                    // nothing was written to it
                }
            }
        }
        return out.toByteArray();
    }

    /** Font metrics survive between renders (thread-safe), so each sheet does not measure the fonts again. */
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();
    private final byte[] regular = withoutLigatures(fontBytes("DejaVuSans.ttf"));
    private final byte[] bold = withoutLigatures(fontBytes("DejaVuSans-Bold.ttf"));

    private static byte[] fontBytes(String file) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream("sheet/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled font " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its glyph substitution table (GSUB) hidden. PDFBox 3 applies a font's GSUB
     * ligatures when it writes text, so "fi" and "fl" became one glyph that copies and searches as
     * the single characters U+FB01/U+FB02 (and is narrower than the layout measured). Renaming the
     * table in the font's table directory hides it from PDFBox; the embedded subset leaves it out.
     * The bundled files stay as Debian ships them.
     */
    static byte[] withoutLigatures(byte[] ttf) {
        byte[] copy = ttf.clone();
        ByteBuffer font = ByteBuffer.wrap(copy);
        int tables = font.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (font.getInt(entry) == GSUB) {
                font.putInt(entry, HIDDEN_GSUB);
            }
        }
        return copy;
    }

    private static final int GSUB = tag("GSUB");
    private static final int HIDDEN_GSUB = tag("xsub");

    private static int tag(String tag) {
        return ByteBuffer.wrap(tag.getBytes(StandardCharsets.US_ASCII)).getInt();
    }
}
