package dev.preflight.parse;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Report XML (JUnit, Cobertura, JaCoCo) read with the JDK parser, hardened against XXE: any
 * DOCTYPE is refused. JaCoCo writes a bare {@code <!DOCTYPE report PUBLIC … "report.dtd">};
 * a DOCTYPE without an internal subset declares no entities, so it is dropped before parsing
 * rather than resolved, and one with {@code [ … ]} (the only place entities live) is refused.
 */
final class XmlDocument {
  private static final Pattern BARE_DOCTYPE = Pattern.compile("<!DOCTYPE[^\\[>]*>");

  private XmlDocument() {}

  /** The root element, or empty when the text does not start like XML at all. */
  static Optional<Element> root(String text, Source source) throws ParseException {
    String xml = text.strip();
    if (!xml.startsWith("<")) {
      return Optional.empty();
    }
    if (xml.contains("<!DOCTYPE") && !BARE_DOCTYPE.matcher(xml).find()) {
      throw new ParseException(source.name()
          + ": an XML DOCTYPE with an internal subset (entity declarations) is refused");
    }
    xml = BARE_DOCTYPE.matcher(xml).replaceFirst("");
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null); // the default handler prints to stderr; the exception is enough
      return Optional.of(builder.parse(new InputSource(new StringReader(xml))).getDocumentElement());
    } catch (SAXException | IOException e) {
      throw new ParseException(source.name() + " is not well-formed XML: " + e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser lacks a standard feature", e);
    }
  }

  /** Element children with the given tag name, in document order. */
  static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }

  /** A numeric attribute; empty when absent, an error when present but not a number. */
  static Optional<Double> number(Element element, String attribute, Source source)
      throws ParseException {
    if (!element.hasAttribute(attribute)) {
      return Optional.empty();
    }
    String value = element.getAttribute(attribute);
    Optional<Double> n = ToolText.number(value);
    if (n.isEmpty()) {
      throw new ParseException(
          source.name() + ": " + attribute + "=\"" + value + "\" is not a number");
    }
    return n;
  }
}
