package io.bitext.lsp;

import io.bitext.align.Alignment;
import io.bitext.align.DocumentTerm;
import io.bitext.glossary.Entry;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.note.Excerpt;
import io.bitext.note.SourceText;
import io.bitext.session.Session;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * What a hover on a term shows: its glossary entry (preferred, admitted and wrong forms, type, usage
 * note, where the spelling was checked) and how this note renders and spells it, with counts. A term
 * the glossary lacks still shows the note's renderings; text that is neither shows nothing.
 */
final class HoverText {
    private HoverText() {
    }

    static Hover at(CheckedNote checked, Position position) {
        Session session = checked.session();
        SourceText source = session.note().source();
        int offset = checked.positions().offset(position);
        GlossaryMatch match = glossaryMatch(session, source, offset);
        DocumentTerm term = match != null ? termOf(session.alignment(), match.entry()) : termAt(session.alignment(), offset);
        if (match == null && term == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        Range range = null;
        if (match != null) {
            entry(match.entry(), text);
            range = new Range(checked.positions().at(match.start()), checked.positions().at(match.end()));
        }
        if (term != null) {
            inNote(term, text);
        }
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.toString().strip()), range);
    }

    /** The longest glossary match covering the offset, looked for on its line only. */
    private static GlossaryMatch glossaryMatch(Session session, SourceText source, int offset) {
        int line = source.lineOf(Math.min(offset, Math.max(0, source.length() - 1)));
        int start = source.lineStart(line);
        String lineText = source.lineText(line);
        GlossaryMatch best = null;
        for (GlossaryMatch m : session.setup().matcher().findLongest(lineText)) {
            if (start + m.start() <= offset && offset <= start + m.end() && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best == null ? null : new GlossaryMatch(start + best.start(), start + best.end(), best.text(), best.entry(), best.form());
    }

    private static DocumentTerm termOf(Alignment alignment, Entry entry) {
        for (Entry.Form form : entry.forms()) {
            if (form.english()) {
                DocumentTerm term = alignment.term(form.text());
                if (term != null) {
                    return term;
                }
            }
        }
        return null;
    }

    private static DocumentTerm termAt(Alignment alignment, int offset) {
        for (DocumentTerm term : alignment.document()) {
            boolean here = term.forms().stream().flatMap(f -> f.places().stream()).anyMatch(p -> covers(p, offset))
                    || term.renderings().stream().flatMap(r -> r.places().stream()).anyMatch(p -> covers(p, offset));
            if (here) {
                return term;
            }
        }
        return null;
    }

    private static boolean covers(Excerpt place, int offset) {
        return place.offset() <= offset && offset <= place.end();
    }

    private static void entry(Entry e, StringBuilder text) {
        text.append("**").append(e.en().isEmpty() ? e.zh() : e.en()).append("**");
        if (!e.zh().isEmpty() && !e.en().isEmpty()) {
            text.append(" — ").append(e.zh());
        } else if (e.keptInEnglish()) {
            text.append(" — kept in English");
        }
        text.append(" *(").append(e.type().name().toLowerCase(Locale.ROOT)).append(")*\n\n");
        line(text, "Also correct", join(e.enAdmitted(), e.zhAdmitted()));
        line(text, "Wrong", join(e.enForbidden(), e.zhForbidden()));
        if (!e.note().isEmpty()) {
            text.append(e.note()).append("\n\n");
        }
        if (!e.source().isEmpty()) {
            text.append("Source: ").append(e.source()).append("\n\n");
        }
        if (!e.origin().isEmpty()) {
            text.append("Glossary: `").append(e.origin()).append("`\n\n");
        }
    }

    private static void inNote(DocumentTerm term, StringBuilder text) {
        text.append("In this note: ").append(term.count()).append(term.count() == 1 ? " use" : " uses");
        if (!term.renderings().isEmpty()) {
            text.append("; rendered ").append(term.renderings().stream()
                    .map(r -> r.text() + " ×" + r.count()).collect(Collectors.joining(", ")));
        }
        if (term.forms().size() > 1) {
            text.append("; written ").append(term.forms().stream()
                    .map(f -> f.text() + " ×" + f.count()).collect(Collectors.joining(", ")));
        }
        text.append("\n");
    }

    private static List<String> join(List<String> english, List<String> chinese) {
        return java.util.stream.Stream.concat(english.stream(), chinese.stream()).toList();
    }

    private static void line(StringBuilder text, String label, List<String> values) {
        if (!values.isEmpty()) {
            text.append(label).append(": ").append(String.join(", ", values)).append("\n\n");
        }
    }
}
