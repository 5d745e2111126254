package io.bitext.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.bitext.note.Inline;
import io.bitext.note.InlineKind;
import io.bitext.note.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteTextTest {
    private static Span span(int offset, int length) {
        return new Span(offset, length, 1, offset + 1);
    }

    private static String write(String source, List<Inline> inlines, List<NoteText.Mark> marks) {
        Html out = new Html();
        NoteText.write(out, source, 0, source.length(), inlines, marks);
        return out.toString();
    }

    @Test
    void markersAreLeftOutAndMarksKept() {
        String source = "a **b** ==c== `d`";
        List<Inline> inlines = List.of(new Inline(InlineKind.BOLD, span(2, 5), span(4, 1), null),
                new Inline(InlineKind.HIGHLIGHT, span(8, 5), span(10, 1), null), new Inline(InlineKind.CODE, span(14, 3), span(15, 1), null));
        assertEquals("a <strong>b</strong> <span class=\"hl\">c</span> <code>d</code>", write(source, inlines, List.of()));
    }

    @Test
    void overlappingFindingsArePiecesThatEachNameAllThatCoverThem() {
        String source = "0123456789";
        List<NoteText.Mark> marks = List.of(new NoteText.Mark(2, 6, 1, "error", true, "e"), new NoteText.Mark(4, 8, 2, "info", true, "i"));
        assertEquals("01<span class=\"at\" id=\"m1\"></span><mark class=\"hit error\" data-f=\"1\" title=\"e\">23</mark>"
                + "<span class=\"at\" id=\"m2\"></span><mark class=\"hit error\" data-f=\"1 2\" title=\"e\">45</mark>"
                + "<a class=\"ref\" href=\"#f1\" title=\"e\">1</a>"
                + "<mark class=\"hit info\" data-f=\"2\" title=\"i\">67</mark><a class=\"ref\" href=\"#f2\" title=\"i\">2</a>89",
                write(source, List.of(), marks));
    }

    @Test
    void textAndAttributesAreEscapedAndOnlyWebLinksFollowed() {
        String source = "<b>\"x\"</b> & [y](javascript:alert(1))";
        Inline link = new Inline(InlineKind.LINK, span(13, 24), span(14, 1), "javascript:alert(1)");
        List<NoteText.Mark> marks = List.of(new NoteText.Mark(0, 3, 1, "warning", true, "<\"'>"));
        assertEquals("<span class=\"at\" id=\"m1\"></span><mark class=\"hit warning\" data-f=\"1\" title=\"&lt;&quot;'&gt;\">&lt;b&gt;</mark>"
                + "<a class=\"ref\" href=\"#f1\" title=\"&lt;&quot;'&gt;\">1</a>&quot;x&quot;&lt;/b&gt; &amp; <a rel=\"noreferrer\">y</a>",
                write(source, List.of(link), marks));
        assertNull(NoteText.safeLink("javascript:alert(1)"));
        assertEquals("https://example.com/a?b=c", NoteText.safeLink("https://example.com/a?b=c"));
    }

    @Test
    void videoLinksStartAtTheSectionsTime() {
        assertEquals("https://www.youtube.com/watch?v=RqWIvvv3SnQ", Video.watchAddress("https://www.youtube.com/watch?v=RqWIvvv3SnQ"));
        assertEquals("https://www.youtube.com/watch?v=uhJJgc-0iTQ", Video.watchAddress("https://youtu.be/uhJJgc-0iTQ"));
        assertEquals("https://www.youtube.com/watch?v=abcdefg", Video.watchAddress("https://m.youtube.com/watch?feature=x&v=abcdefg"));
        assertNull(Video.watchAddress("https://vimeo.com/123456"));
        assertNull(Video.watchAddress("javascript://www.youtube.com/watch?v=abcdefg"));
        assertNull(Video.watchAddress("https://www.youtube.com/watch?v=\"><script>"));
    }

    @Test
    void theOriginalsAnchorsAreWholeWords() {
        assertEquals(30, EnglishSide.wordAt("building-effective-agents: an agent", "agent"));
        assertEquals(-1, EnglishSide.wordAt("agents and reagents", "agent"));
        assertEquals(0, EnglishSide.wordAt("multi-agent research", "multi-agent"));
    }
}
