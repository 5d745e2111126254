package io.bitext.docx;

import io.bitext.check.Finding;
import io.bitext.check.Location;
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
    private final List<Finding> anchored = new ArrayList<>();

    Comments(XWPFDocument document, List<Finding> findings) {
        this.part = findings.isEmpty() ? null : document.createComments();
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
                comment.createParagraph().createRun().setText("also at " + f.also().stream().map(Location::position)
                        .collect(Collectors.joining(", ")));
            }
            id = id.add(BigInteger.ONE);
        }
    }

    /** Anchors for the findings that stand inside [from, to) of the source, taken once each. */
    List<RichText.Anchor> within(int from, int to) {
        List<RichText.Anchor> anchors = new ArrayList<>();
        for (Map.Entry<Finding, BigInteger> e : ids.entrySet()) {
            Location at = e.getKey().location();
            if (!anchored.contains(e.getKey()) && at.offset() >= from && at.offset() < to) {
                int end = Math.min(to, Math.max(at.end(), at.offset() + 1));
                anchors.add(new RichText.Anchor(at.offset(), end, e.getValue()));
                anchored.add(e.getKey());
            }
        }
        return anchors;
    }

    /** Anchors covering all of [from, to) for the findings inside [spanFrom, spanTo) that no text showed. */
    List<RichText.Anchor> leftoverWithin(int spanFrom, int spanTo, int from, int to) {
        List<RichText.Anchor> anchors = new ArrayList<>();
        for (Map.Entry<Finding, BigInteger> e : ids.entrySet()) {
            Location at = e.getKey().location();
            if (!anchored.contains(e.getKey()) && at.offset() >= spanFrom && at.offset() < spanTo) {
                anchors.add(new RichText.Anchor(from, to, e.getValue()));
                anchored.add(e.getKey());
            }
        }
        return anchors;
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
