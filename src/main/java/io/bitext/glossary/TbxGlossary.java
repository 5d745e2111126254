package io.bitext.glossary;

import io.bitext.error.BitextException;
import io.bitext.xml.SafeXml;
import io.bitext.xml.XmlDocument;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * The glossary as TBX-Basic (ISO 30042:2019, DCA style), which terminology tools and CAT tools import.
 *
 * <p>Mapping: one {@code conceptEntry} per concept (its id kept); an English and a Chinese
 * {@code langSec}; one {@code termSec} per form with {@code administrativeStatus} preferred, admitted
 * or deprecated (forbidden forms) and {@code termType} (fullForm, acronym, abbreviation, variant).
 * TBX-Basic has no data category for the kind of concept, so the type travels as
 * {@code admin type="projectSubset"} (the subset of people, models, products…) and a candidate status
 * as {@code admin type="customerSubset"}; the usage note is the concept's {@code note}.
 */
public final class TbxGlossary {
    static final String NS = "urn:iso:std:iso:30042:ed-2";
    private static final String XML_NS = TbxBody.XML_NS;
    static final String ZH_LANG = "zh-CN";

    private TbxGlossary() {
    }

    public static byte[] write(List<Entry> entries) {
        return XmlDocument.write("the glossary's TBX", xml -> {
            xml.writeStartElement("tbx");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("style", "dca");
            xml.writeAttribute("xml", XML_NS, "lang", "en");
            indent(xml, 1);
            xml.writeStartElement("tbxHeader");
            xml.writeStartElement("fileDesc");
            xml.writeStartElement("sourceDesc");
            element(xml, "p", "Bitext EN–ZH glossary of AI and machine-learning podcast notes");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            TbxBody.V3.write(xml, entries);
            xml.writeEndElement();
        });
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }





    /** {@code RL} of {@code reinforcement learning} is an acronym; {@code Pretrain} of {@code pre-training} a variant. */
    static String termType(String form, String preferred, Status status) {
        if (status == Status.PREFERRED) {
            return io.bitext.term.Abbreviations.looksLikeAbbreviation(form) && form.equals(form.toUpperCase(Locale.ROOT))
                    && form.chars().anyMatch(Character::isLetter) && !form.contains("-") ? "acronym" : "fullForm";
        }
        if (preferred.isEmpty()) {
            return "variant";
        }
        if (form.length() < preferred.length() && io.bitext.term.Abbreviations.abbreviates(form, preferred)) {
            return form.equals(form.toUpperCase(Locale.ROOT)) ? "acronym" : "abbreviation";
        }
        if (form.length() > preferred.length() && io.bitext.term.Abbreviations.abbreviates(preferred, form)) {
            return "fullForm"; // RLHF's reinforcement learning from human feedback
        }
        return "variant";
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Reads TBX (Basic or any dialect that keeps terms in termSec); {@code name} names it in messages. */
    public static List<Entry> read(InputStream in, String name) {
        XMLStreamReader xml = SafeXml.reader(in, name);
        List<Entry> entries = new ArrayList<>();
        List<Boolean> derived = new ArrayList<>();
        try {
            ConceptReader concept = null;
            String lang = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    if (event == XMLStreamConstants.END_ELEMENT && concept != null
                            && (xml.getLocalName().equals("conceptEntry") || xml.getLocalName().equals("termEntry"))) {
                        entries.add(concept.entry(name, xml.getLocation().getLineNumber()));
                        derived.add(concept.derivesId());
                        concept = null;
                    }
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "tbx", "martif" -> requireNamespace(xml, name);
                    case "conceptEntry", "termEntry" -> concept = new ConceptReader(xml.getAttributeValue(null, "id"));
                    case "langSec", "langSet" -> lang = xml.getAttributeValue(XML_NS, "lang");
                    case "termSec", "tig", "ntig" -> {
                        if (concept != null) {
                            concept.startTerm(lang);
                        }
                    }
                    case "term" -> {
                        if (concept != null) {
                            concept.term(xml.getElementText());
                        }
                    }
                    case "termNote" -> {
                        if (concept != null) {
                            concept.termNote(xml.getAttributeValue(null, "type"), xml.getElementText());
                        }
                    }
                    case "admin" -> {
                        if (concept != null) {
                            concept.admin(xml.getAttributeValue(null, "type"), xml.getElementText());
                        }
                    }
                    case "note" -> {
                        if (concept != null) {
                            concept.note(xml.getElementText());
                        }
                    }
                    case "descrip" -> {
                        if (concept != null && "definition".equals(xml.getAttributeValue(null, "type"))) {
                            concept.definition(xml.getElementText());
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.error(name, e);
        }
        return ConceptReader.distinct(entries, derived);
    }

    private static void requireNamespace(XMLStreamReader xml, String name) {
        String ns = xml.getNamespaceURI();
        if (xml.getLocalName().equals("tbx") && !NS.equals(ns)) {
            throw new BitextException(name + ": the tbx element is in namespace '" + ns + "', not " + NS);
        }
    }
}
