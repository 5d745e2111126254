package io.bitext.check.rules;

import io.bitext.note.Block;
import io.bitext.note.BlockKind;
import io.bitext.note.Inline;
import io.bitext.note.InlineKind;
import io.bitext.note.Note;
import io.bitext.text.LeadingChars;
import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * Where a note cites a title rather than writes its own words: a paper, book or episode title is
 * cased the way its authors cased it ({@code _OLMoE: Open Mixture-of-Experts Language Models_},
 * {@code 《Attention Is All You Need》}, a reference list), and so is the note's own title. A casing
 * rule holds none of these to the glossary.
 */
final class CitedTitles {
    /** 《…》 and quoted English of three words or more: a cited title, not the writer's spelling. */
    private static final Pattern QUOTED = Pattern.compile("《[^》\\n]+》|[“\"][A-Za-z][^”\"\\n]*(?:\\s[^”\"\\n]+){2,}[”\"]");
    /** Where a {@link #QUOTED} title can begin. */
    private static final LeadingChars QUOTES = LeadingChars.of("《“\"");
    /** A line that opens a reference list. */
    private static final Pattern REFERENCES = Pattern.compile(
            "^\\W*(参考文献|参考资料|引用|文献|References|Bibliography|Works Cited|Sources)\\b?", Pattern.CASE_INSENSITIVE);

    private final BitSet cited;

    CitedTitles(Note note) {
        String text = note.text();
        cited = new BitSet(text.length());
        boolean inReferences = false;
        LeadingChars.Finder quoted = QUOTES.finder(QUOTED, text);
        for (Block block : note.blocks()) {
            String own = text.substring(block.span().offset(), Math.min(block.span().end(), text.length()));
            boolean opens = own.length() < 40 && REFERENCES.matcher(own).lookingAt(); // "^": only at the start
            if (block.kind() == BlockKind.HEADING && !opens) {
                inReferences = false;
            }
            boolean ownTitle = block.kind() == BlockKind.HEADING && note.title() != null && !note.title().isBlank()
                    && own.contains(note.title());
            if (inReferences || block.isTitleEntry() || ownTitle) {
                cited.set(block.span().offset(), block.span().end());
            }
            inReferences |= opens;
            for (Inline inline : block.inlines()) {
                if (inline.kind() == InlineKind.ITALIC) {
                    cited.set(inline.span().offset(), inline.span().end());
                }
            }
            quoted.within(block.span().offset(), Math.min(block.span().end(), text.length()));
            while (quoted.find()) {
                cited.set(quoted.matcher().start(), quoted.matcher().end());
            }
        }
    }

    boolean covers(int start, int end) {
        return cited.get(start) && cited.get(end - 1);
    }
}
