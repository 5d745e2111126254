package io.bitext.html;

import io.bitext.note.Inline;
import io.bitext.note.InlineKind;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A stretch of the note's source as HTML: the Markdown markers left out, bold, italics, Obsidian
 * highlights, code and links kept as elements, and each finding that stands in it marked in place.
 * The stretch is cut at every boundary of a mark or a finding, so overlapping findings and marks
 * never need nested or crossing elements: each piece carries all that covers it.
 */
final class NoteText {

    /**
     * A finding's place in the source.
     *
     * @param id       the finding's number on the page
     * @param severity its label, also its CSS class
     * @param primary  its own place (the one the card's link returns to) rather than a repeated one
     * @param title    the tooltip: severity and message
     */
    record Mark(int start, int end, int id, String severity, boolean primary, String title) {
    }

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");

    private NoteText() {
    }

    /**
     * Writes {@code source[from, to)} into {@code out}; returns the findings whose primary place was
     * written, which the caller's cards link back to.
     */
    static List<Integer> write(Html out, String source, int from, int to, List<Inline> inlines, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        for (Inline inline : inlines) {
            for (int cut : new int[] {inline.span().offset(), inline.content().offset(), inline.content().end(), inline.span().end()}) {
                addWithin(cuts, cut, from, to);
            }
        }
        for (Mark mark : marks) {
            addWithin(cuts, mark.start(), from, to);
            addWithin(cuts, mark.end(), from, to);
        }
        List<Integer> shown = new ArrayList<>();
        Integer start = cuts.first();
        for (Integer end : cuts.tailSet(start, false)) {
            piece(out, source, start, end, inlines, marks);
            for (Mark mark : marks) {
                if (mark.primary() && mark.end() == end && mark.start() < end && mark.start() >= from) {
                    out.open("a", "class", "ref", "href", "#f" + mark.id(), "title", mark.title()).text(String.valueOf(mark.id())).close("a");
                    shown.add(mark.id());
                }
            }
            start = end;
        }
        return shown;
    }

    private static void addWithin(TreeSet<Integer> cuts, int cut, int from, int to) {
        if (cut > from && cut < to) {
            cuts.add(cut);
        }
    }

    /** One piece that a single set of marks and findings covers. */
    private static void piece(Html out, String source, int start, int end, List<Inline> inlines, List<Mark> marks) {
        for (Mark mark : marks) {
            if (mark.primary() && mark.start() == start) {
                // an empty anchor, so that findings starting on the same character each have their own
                out.open("span", "class", "at", "id", "m" + mark.id()).close("span");
            }
        }
        List<Inline> around = new ArrayList<>();
        for (Inline inline : inlines) {
            if (inline.span().offset() <= start && end <= inline.span().end()) {
                if (start < inline.content().offset() || end > inline.content().end()) {
                    return; // a marker such as ** or ](url): the skeleton's, not the reader's
                }
                around.add(inline);
            }
        }
        List<Mark> covering = new ArrayList<>();
        StringBuilder ids = new StringBuilder();
        for (Mark m : marks) {
            if (m.start() <= start && end <= m.end()) {
                covering.add(m);
                ids.append(ids.isEmpty() ? "" : " ").append(m.id());
            }
        }
        for (Inline inline : around) {
            openInline(out, inline);
        }
        if (!covering.isEmpty()) {
            Mark first = covering.get(0);
            out.open("mark", "class", "hit " + worst(covering), "data-f", ids.toString(), "title", first.title());
        }
        out.text(source.substring(start, end));
        if (!covering.isEmpty()) {
            out.close("mark");
        }
        for (int i = around.size() - 1; i >= 0; i--) {
            out.close(tag(around.get(i).kind()));
        }
    }

    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    private static String worst(List<Mark> marks) {
        for (String severity : SEVERITIES) {
            for (Mark m : marks) {
                if (m.severity().equals(severity)) {
                    return severity;
                }
            }
        }
        return "info";
    }

    private static void openInline(Html out, Inline inline) {
        if (inline.kind() == InlineKind.LINK) {
            out.open("a", "href", safeLink(inline.target()), "rel", "noreferrer");
        } else if (inline.kind() == InlineKind.HIGHLIGHT) {
            out.open("span", "class", "hl");
        } else {
            out.open(tag(inline.kind()));
        }
    }

    private static String tag(InlineKind kind) {
        return switch (kind) {
            case BOLD -> "strong";
            case ITALIC -> "em";
            case HIGHLIGHT -> "span";
            case LINK -> "a";
            case CODE -> "code";
        };
    }

    /** A link's target when it is a web address; anything else ({@code javascript:}) is not followed. */
    static String safeLink(String target) {
        return target != null && WEB_ADDRESS.matcher(target).matches() ? target : null;
    }
}
