package io.bitext.docx;

import io.bitext.check.Finding;
import io.bitext.note.Excerpt;
import io.bitext.check.Replacement;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The check's findings as Word comments by {@code Bitext}: one comment at every place a finding names
 * (its location and the repeated ones), anchored on exactly those characters where the document shows
 * them, else on the cell or paragraph that holds the place, else on the finding's row of the appendix.
 * Each place is anchored once.
 */
final class Comments {
    static final String AUTHOR = "Bitext";

    /** A comment to anchor on source [start, end). */
    record Anchor(int start, int end, int id) {
    }

    /** One place of one finding: comment {@code id}. */
    private record Place(Finding finding, Excerpt at, int index, int of, int id) {
    }

    private final List<Place> places = new ArrayList<>();
    private final List<Place> byOffset;
    private final boolean[] anchored;
    private final Map<Finding, String[]> texts = new IdentityHashMap<>();

    Comments(List<Finding> findings) {
        for (Finding f : findings) {
            List<Excerpt> all = f.places();
            for (int i = 0; i < all.size(); i++) {
                places.add(new Place(f, all.get(i), i, all.size(), places.size()));
            }
        }
        byOffset = places.stream().sorted(Comparator.comparingInt(p -> p.at().offset())).toList();
        anchored = new boolean[places.size()];
    }

    boolean isEmpty() {
        return places.isEmpty();
    }

    /** Anchors on their own characters for the places inside [from, to) of the source, taken once each. */
    List<Anchor> within(int from, int to) {
        List<Anchor> anchors = new ArrayList<>();
        for (Place p : startingIn(from, to)) {
            if (!anchored[p.id()]) {
                anchored[p.id()] = true;
                anchors.add(new Anchor(p.at().offset(), Math.min(to, Math.max(p.at().end(), p.at().offset() + 1)), p.id()));
            }
        }
        return anchors;
    }

    /** Comment ids of the places inside [from, to) that nothing has anchored yet, now taken. */
    List<Integer> leftover(int from, int to) {
        List<Integer> ids = new ArrayList<>();
        for (Place p : startingIn(from, to)) {
            if (!anchored[p.id()]) {
                anchored[p.id()] = true;
                ids.add(p.id());
            }
        }
        return ids;
    }

    /** Comment ids of a finding's places that nothing has anchored yet, now taken (its appendix row). */
    List<Integer> unanchored(Finding finding) {
        List<Integer> ids = new ArrayList<>();
        for (Place p : places) {
            if (p.finding() == finding && !anchored[p.id()]) {
                anchored[p.id()] = true;
                ids.add(p.id());
            }
        }
        return ids;
    }

    /** The findings with a place inside [from, to), each once, in the check's order. */
    List<Finding> findingsIn(int from, int to) {
        List<Finding> found = new ArrayList<>();
        for (Place p : startingIn(from, to)) {
            if (found.stream().noneMatch(f -> f == p.finding())) {
                found.add(p.finding());
            }
        }
        found.sort(Comparator.comparingInt(f -> places.stream().filter(p -> p.finding() == f).findFirst().orElseThrow().id()));
        return found;
    }

    private List<Place> startingIn(int from, int to) {
        int low = 0;
        int high = byOffset.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byOffset.get(middle).at().offset() < from) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<Place> found = new ArrayList<>();
        for (int i = low; i < byOffset.size() && byOffset.get(i).at().offset() < to; i++) {
            found.add(byOffset.get(i));
        }
        return found;
    }

    static void open(WordXml xml, int id) {
        xml.empty("commentRangeStart").attr("id", id);
    }

    /** Opens the ranges of comments {@code ids}: a plain loop, as a capturing lambda per row costs a call site's link. */
    static void openAll(WordXml xml, List<Integer> ids) {
        for (int i = 0; i < ids.size(); i++) {
            open(xml, ids.get(i));
        }
    }

    /** Ends the ranges of comments {@code ids}, each with its reference mark. */
    static void closeAll(WordXml xml, List<Integer> ids) {
        for (int i = 0; i < ids.size(); i++) {
            close(xml, ids.get(i));
        }
    }

    /** Ends comment {@code id}'s range and places its reference mark. */
    static void close(WordXml xml, int id) {
        xml.empty("commentRangeEnd").attr("id", id);
        xml.start("r").empty("commentReference").attr("id", id).end();
    }

    /** A finding in one line: severity, message, rule. */
    static String summary(Finding f) {
        return f.severity().label() + ": " + f.message() + " [" + f.rule() + "]";
    }

    /** {@code word/comments.xml}. */
    void write(OutputStream stream) {
        try (WordXml xml = new WordXml(stream, "comments", 512 * places.size())) {
            for (Place p : places) {
                Finding f = p.finding();
                String[] text = texts(f);
                xml.start("comment").attr("id", p.id()).attr("author", AUTHOR).attr("initials", "BT");
                xml.start("p").start("r").empty("annotationRef").end().run(text[0]).end();
                if (text[1] != null) {
                    xml.paragraph(null, text[1]);
                }
                if (p.of() > 1) {
                    xml.paragraph(null, "place " + (p.index() + 1) + " of " + p.of() + ": " + text[2]);
                }
                xml.end();
            }
        }
    }

    /** Where a finding is: its places' positions, one after the other (the appendix's location column). */
    String positions(Finding f) {
        return texts(f)[2];
    }

    /**
     * A finding's summary, its suggestion (or null) and its places' positions: the same in each of its
     * comments and in the appendix, so made once; finding every place's line and column again for
     * each of n places cost n² lookups.
     */
    private String[] texts(Finding f) {
        return texts.computeIfAbsent(f, Comments::make);
    }

    private static String[] make(Finding f) {
        String suggestion = f.replacements().isEmpty() ? null
                : "建议 suggestion: " + f.replacements().stream().map(Replacement::text).collect(Collectors.joining(" / "));
        String where = f.places().stream().map(Excerpt::position).collect(Collectors.joining(", "));
        return new String[] {summary(f), suggestion, where};
    }
}
