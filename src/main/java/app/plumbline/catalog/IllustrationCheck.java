package app.plumbline.catalog;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Accepts an illustration only when it is a well-formed, self-contained SVG (no scripts, no
 * external references) or a real PNG, and not too large: at most 1 MB, and at most 4096 pixels a
 * side and 4 megapixels in all as its header declares ({@link ImageSize}), checked before the
 * picture is decoded. Pictures are shown to every patient, so nothing in them may run or reach out.
 */
public final class IllustrationCheck {

    public static final int MAX_BYTES = 1024 * 1024;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private IllustrationCheck() {
    }

    /** What is wrong with the picture, or empty when it may be used. */
    public static Optional<String> problem(Illustration illustration) {
        if (illustration.bytes() == null || illustration.bytes().length == 0) {
            return Optional.of("the file is empty");
        }
        if (illustration.bytes().length > MAX_BYTES) {
            return Optional.of("the file is larger than 1 MB");
        }
        return switch (illustration.contentType()) {
            case Illustration.SVG -> svgProblem(illustration.bytes());
            case Illustration.PNG -> pngProblem(illustration.bytes());
            default -> Optional.of("only SVG and PNG pictures are accepted");
        };
    }

    private static Optional<String> pngProblem(byte[] bytes) {
        for (int i = 0; i < PNG_MAGIC.length; i++) {
            if (bytes.length <= i || bytes[i] != PNG_MAGIC[i]) {
                return Optional.of("not a PNG image");
            }
        }
        Optional<ImageSize> size = ImageSize.ofPng(bytes);
        if (size.isEmpty()) {
            return Optional.of("the PNG image cannot be read");
        }
        if (size.get().problem().isPresent()) {
            return size.get().problem();
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes)) == null
                    ? Optional.of("the PNG image cannot be read") : Optional.empty();
        } catch (Exception e) {
            return Optional.of("the PNG image cannot be read");
        }
    }

    private static Optional<String> svgProblem(byte[] bytes) {
        Element root;
        try {
            // The JDK's own parser, without newInstance()'s search of every jar for another one
            // (121 searches at start-up; no library here provides one).
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            root = builder.parse(new ByteArrayInputStream(bytes)).getDocumentElement();
        } catch (Exception e) {
            return Optional.of("not well-formed XML (" + firstLine(e.getMessage()) + ")");
        }
        if (!"svg".equals(root.getLocalName())) {
            return Optional.of("the root element must be <svg>");
        }
        if (!root.hasAttribute("viewBox")) {
            return Optional.of("the <svg> element needs a viewBox so the picture can scale");
        }
        Optional<ImageSize> size = ImageSize.ofSvg(root);
        if (size.isEmpty()) {
            return Optional.of("the viewBox must be four numbers with a positive width and height");
        }
        if (size.get().problem().isPresent()) {
            return size.get().problem();
        }
        return unsafe(root);
    }

    private static Optional<String> unsafe(Element element) {
        String name = element.getLocalName().toLowerCase(Locale.ROOT);
        if (name.equals("script") || name.equals("foreignobject") || name.equals("iframe")
                || name.equals("image") || name.equals("use") && external(element)) {
            return Optional.of("<" + element.getLocalName() + "> is not allowed in an illustration");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String attributeName = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            if (attributeName.toLowerCase(Locale.ROOT).startsWith("on")) {
                return Optional.of("event attribute '" + attributeName + "' is not allowed");
            }
            if (attributeName.equals("href") && !attribute.getNodeValue().startsWith("#")) {
                return Optional.of("links to other files are not allowed (" + attribute.getNodeValue() + ")");
            }
            if (attribute.getNodeValue().toLowerCase(Locale.ROOT).contains("url(http")) {
                return Optional.of("references to other addresses are not allowed");
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                Optional<String> problem = unsafe(child);
                if (problem.isPresent()) {
                    return problem;
                }
            } else if (children.item(i).getNodeType() == Node.TEXT_NODE && name.equals("style")
                    && children.item(i).getNodeValue().toLowerCase(Locale.ROOT).matches("(?s).*(@import|url\\(\\s*['\"]?http).*")) {
                return Optional.of("styles may not load other files");
            }
        }
        return Optional.empty();
    }

    private static boolean external(Element use) {
        String href = use.hasAttribute("href") ? use.getAttribute("href")
                : use.getAttributeNS("http://www.w3.org/1999/xlink", "href");
        return !href.startsWith("#");
    }

    private static String firstLine(String message) {
        return message == null ? "parse error" : message.lines().findFirst().orElse(message);
    }
}
