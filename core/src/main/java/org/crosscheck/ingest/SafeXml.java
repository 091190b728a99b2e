package org.crosscheck.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaderJDOMFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DeclHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The one way the engine parses XML: the JDK's own parser (never whatever SAX parser a library puts on the
 * class path, such as the Xerces that CoreNLP brings, which has no expansion limits) with secure processing
 * on, no external DTD, entity or schema loaded, and every entity declaration refused as soon as it is read,
 * before anything could be expanded. A DOCTYPE alone (RSS 0.91 feeds carry one) is allowed.
 */
final class SafeXml {

    /** Entity expansions the parser allows at all; none are declared, so this is only a second fence. */
    static final int EXPANSION_LIMIT = 64;
    private static final String DECL_HANDLER = "http://xml.org/sax/properties/declaration-handler";
    private static final String JDK_EXPANSION_LIMIT = "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit";
    private static final SAXParserFactory FACTORY = factory();

    private SafeXml() {
    }

    /** The document declared an XML entity (internal, external, parameter or unparsed), which is refused. */
    static final class EntityRefused extends SAXException {
        private static final long serialVersionUID = 1L;

        EntityRefused(String name) {
            super("XML entity declared: " + name);
        }
    }

    /**
     * Parses XML into a JDOM document.
     *
     * @param xml the document's characters
     * @return the document
     * @throws EntityRefused when the document declares an entity
     * @throws JDOMException when the document is not well-formed (an {@link EntityRefused} may be its cause)
     * @throws IOException   when the characters cannot be read
     */
    static Document build(Reader xml) throws JDOMException, IOException {
        SAXBuilder builder = new SAXBuilder(new Readers());
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        // Nothing is declared, so nothing is expanded; JDOM then keeps its hands off the declaration handler.
        builder.setExpandEntities(true);
        return builder.build(xml);
    }

    /**
     * Tells whether a parse failed because the document declared an entity.
     *
     * @param failure what the parse threw
     * @return true when an entity declaration was refused
     */
    static boolean refusedEntity(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof EntityRefused) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SAXException sax && sax.getException() != null && sax.getException() != t) {
            return sax.getException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static SAXParserFactory factory() {
        // newDefaultInstance: the JDK's built-in parser whatever META-INF/services on the class path says.
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
        }
        return f;
    }

    /** Hands JDOM readers of the safe kind. */
    private static final class Readers implements XMLReaderJDOMFactory {
        @Override
        public XMLReader createXMLReader() throws JDOMException {
            try {
                XMLReader reader = FACTORY.newSAXParser().getXMLReader();
                reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                reader.setProperty(JDK_EXPANSION_LIMIT, String.valueOf(EXPANSION_LIMIT));
                return new RefusingEntities(reader);
            } catch (ParserConfigurationException | SAXException e) {
                throw new JDOMException("could not create the XML parser", e);
            }
        }

        @Override
        public boolean isValidating() {
            return false;
        }
    }

    /**
     * Passes everything through to the JDK reader but throws at the first entity declaration; a
     * declaration handler that the caller sets is kept behind the refusing one.
     */
    private static final class RefusingEntities extends XMLFilterImpl implements DeclHandler {
        private DeclHandler next;

        RefusingEntities(XMLReader parent) throws SAXNotRecognizedException, SAXNotSupportedException {
            super(parent);
            parent.setProperty(DECL_HANDLER, this);
        }

        @Override
        public void setProperty(String name, Object value) throws SAXNotRecognizedException,
                SAXNotSupportedException {
            if (DECL_HANDLER.equals(name)) {
                next = (DeclHandler) value;
                return;
            }
            super.setProperty(name, value);
        }

        @Override
        public Object getProperty(String name) throws SAXNotRecognizedException, SAXNotSupportedException {
            return DECL_HANDLER.equals(name) ? next : super.getProperty(name);
        }

        @Override
        public void elementDecl(String name, String model) throws SAXException {
            if (next != null) {
                next.elementDecl(name, model);
            }
        }

        @Override
        public void attributeDecl(String element, String attribute, String type, String mode, String value)
                throws SAXException {
            if (next != null) {
                next.attributeDecl(element, attribute, type, mode, value);
            }
        }

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw new EntityRefused(name);
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw new EntityRefused(name);
        }

        @Override
        public void unparsedEntityDecl(String name, String publicId, String systemId, String notation)
                throws SAXException {
            throw new EntityRefused(name);
        }
    }
}
