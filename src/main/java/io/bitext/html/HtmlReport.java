package io.bitext.html;

import io.bitext.align.Alignment;
import io.bitext.check.CheckResult;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Block;
import io.bitext.note.Note;
import io.bitext.transcript.TranscriptAlignment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A note's report to read in a browser: one self-contained HTML file (no network, no external script
 * or font) with the note beside its English, every finding marked in place with its card, filters by
 * severity, rule and section, keyboard navigation, links to the video, and the note's glossary. It
 * reads without JavaScript; the script only filters and moves between findings.
 *
 * <pre>{@code
 * byte[] page = HtmlReport.write(new HtmlReport.Input(note, alignment, check, matcher, Map.of(), null,
 *         "seeds/000.txt", Path.of("seeds/000.txt").toUri().toString()));
 * }</pre>
 */
public final class HtmlReport {

    /**
     * @param translations block index → the block's English, from an imported XLIFF; may be empty
     * @param transcript   the sections aligned with the English original; may be null
     * @param path         the note as the check names it, shown as {@code path:line:col}
     * @param fileUri      the note's {@code file:} address for the cards' links, or null
     * @param blockTerms   block index → the glossary's terms in its text, as a session matched them;
     *                     null: matched here
     * @param matches      every glossary match in the note's text, as a session matched them; null: matched here
     */
    public record Input(Note note, Alignment alignment, CheckResult check, GlossaryMatcher matcher,
                        Map<Integer, String> translations, TranscriptAlignment transcript, String path, String fileUri,
                        Map<Integer, List<GlossaryMatch>> blockTerms, List<GlossaryMatch> matches) {

        public Input {
            translations = Map.copyOf(translations);
        }

        /** Without the blocks' terms: the page matches them itself. */
        public Input(Note note, Alignment alignment, CheckResult check, GlossaryMatcher matcher,
                     Map<Integer, String> translations, TranscriptAlignment transcript, String path, String fileUri) {
            this(note, alignment, check, matcher, translations, transcript, path, fileUri, null, null);
        }

        /** The leftmost-longest glossary terms in the note's text. */
        List<GlossaryMatch> noteTerms() {
            return GlossaryMatcher.longest(matches != null ? matches : matcher.findAll(note.text()));
        }

        /** The glossary's terms in a block's text, offsets relative to the text. */
        List<GlossaryMatch> terms(Block block) {
            return blockTerms != null ? blockTerms.getOrDefault(block.index(), List.of())
                    : matcher.findLongest(block.text().cut(note.text()));
        }
    }

    private HtmlReport() {
    }

    /** The page as UTF-8 bytes. */
    public static byte[] write(Input input) {
        return page(input).getBytes(StandardCharsets.UTF_8);
    }

    /** The page as text. */
    public static String page(Input input) {
        Html out = Page.start(input.note().title() + " — Bitext report");
        new NotePage(input, out).body();
        return Page.end(out, true);
    }
}
