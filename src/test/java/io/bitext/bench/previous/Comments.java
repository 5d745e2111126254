package io.bitext.bench.previous;

import io.bitext.check.Finding;
import io.bitext.note.Excerpt;
import io.bitext.check.Replacement;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The check's findings as Word comments by {@code Bitext}: one per finding, with the message and the
 * suggestion, anchored where the finding stands (see {@link RichText}). A finding whose characters
 * are not shown in the document (front matter, a time range) is anchored on its block or section.
 */
final class Comments {
    private final XWPFComments part;
    private final Map<Finding, BigInteger> ids = new LinkedHashMap<>();
    private final java.util.Set<Finding> anchored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final List<Finding> byOffset;

    Comments(XWPFDocument document, List<Finding> findings) {
        this.part = findings.isEmpty() ? null : document.createComments();
        this.byOffset = findings.stream().sorted(java.util.Comparator.comparingInt(f -> f.location().offset())).toList();
        BigInteger id = BigInteger.ZERO;
        for (Finding f : findings) {
            ids.put(f, id);
            XWPFComment comment = part.createComment(id);
            comment.setAuthor("Bitext");
            comment.setInitials("BT");
            comment.createParagraph().createRun().setText(f.severity().label() + ": " + f.message() + " [" + f.rule() + "]");
            if (!f.replacements().isEmpty()) {
                comment.createParagraph().createRun().setText("建议 suggestion: " + f.replacements().stream()
                        .map(Replacement::text).collect(Collectors.joining(" / ")));
            }
            if (!f.also().isEmpty()) {
                comment.createParagraph().createRun().setText("also at " + f.also().stream().map(Excerpt::position)
                        .collect(Collectors.joining(", ")));
            }
            id = id.add(BigInteger.ONE);
        }
    }

    /** Anchors for the findings that stand inside [from, to) of the source, taken once each. */
    List<RichText.Anchor> within(int from, int to) {
        List<RichText.Anchor> anchors = new ArrayList<>();
        for (Finding f : startingIn(from, to)) {
            Excerpt at = f.location();
            if (anchored.add(f)) {
                anchors.add(new RichText.Anchor(at.offset(), Math.min(to, Math.max(at.end(), at.offset() + 1)), ids.get(f)));
            }
        }
        return anchors;
    }

    /** Anchors covering all of [from, to) for the findings inside [spanFrom, spanTo) that no text showed. */
    List<RichText.Anchor> leftoverWithin(int spanFrom, int spanTo, int from, int to) {
        List<RichText.Anchor> anchors = new ArrayList<>();
        for (Finding f : startingIn(spanFrom, spanTo)) {
            if (anchored.add(f)) {
                anchors.add(new RichText.Anchor(from, to, ids.get(f)));
            }
        }
        return anchors;
    }

    /** The findings whose place starts in [from, to), by binary search over the findings in source order. */
    private List<Finding> startingIn(int from, int to) {
        int low = 0;
        int high = byOffset.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (byOffset.get(middle).location().offset() < from) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<Finding> found = new ArrayList<>();
        for (int i = low; i < byOffset.size() && byOffset.get(i).location().offset() < to; i++) {
            found.add(byOffset.get(i));
        }
        return found;
    }

    /** Whether a finding already has its anchor in the document. */
    boolean isAnchored(Finding finding) {
        return anchored.contains(finding);
    }

    /** The anchor for a finding that nothing in the text held, claimed now (the findings table's row). */
    RichText.Anchor claim(Finding finding) {
        anchored.add(finding);
        return new RichText.Anchor(0, 0, ids.get(finding));
    }
}
