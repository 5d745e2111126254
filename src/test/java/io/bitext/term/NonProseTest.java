package io.bitext.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NonProseTest {
    /** The shapes searched over the whole region, as the windowed search must reproduce. */
    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("https?://\\S+|www\\.\\S+"),
            Pattern.compile("(?<![\\w/])(?:~|\\.{1,2})?/[\\w.@*-]+(?:/[\\w.@*-]*)*|(?<![\\w/])[\\w.@-]+/(?:[\\w.@*-]+/)+[\\w.@*-]*"),
            Pattern.compile("(?<![\\p{L}\\p{N}-])--?[A-Za-z][\\w-]*"),
            Pattern.compile("(?<![\\p{L}\\p{N}.])[\\w-]+\\.(?i:md|json|jsonl|txt|py|js|ts|java|sh|yaml|yml|toml|html|csv|tsv|wav|mp3|mp4|m4a|srt|vtt|pdf|docx|xml|ini|cfg|log|lock)(?![\\p{L}\\p{N}])"),
            Pattern.compile("(?<![\\p{L}\\p{N}=])[A-Za-z_][\\w.-]*=(?!=)[\\w.:/@-]+"));

    private static BitSet reference(String text, int from, int to) {
        BitSet mask = new BitSet();
        mask.set(from, to);
        for (Pattern shape : SHAPES) {
            Matcher m = shape.matcher(text).region(from, to);
            while (m.find()) {
                mask.clear(m.start(), m.end());
            }
        }
        return mask;
    }

    private static BitSet windowed(String text, int from, int to) {
        BitSet mask = new BitSet();
        mask.set(from, to);
        NonProse.clearShapes(mask, text, from, to, 0);
        return mask;
    }

    @Test
    void examplesAreCleared() {
        String text = "运行 claude --full-auto 后，打开 ~/.claude/agents/ 和 captions.json，设 lang=zh，见 https://x.ai/blog。";
        BitSet mask = windowed(text, 0, text.length());
        for (String word : List.of("--full-auto", "~/.claude/agents/", "captions.json", "lang=zh", "https://x.ai/blog。")) {
            int at = text.indexOf(word);
            assertEquals(at + word.length(), nextSetOrEnd(mask, at, text.length()), word);
        }
        int prose = text.indexOf("运行");
        assertEquals(true, mask.get(prose));
    }

    private static int nextSetOrEnd(BitSet mask, int from, int end) {
        int next = mask.nextSetBit(from);
        return next < 0 ? end : next;
    }

    /** Random mixtures of Chinese, words, marks and spaces, cut at random places: the same mask as the whole-region search. */
    @Test
    void sameMatchesAsTheWholeRegionSearch() {
        String[] pieces = {"中文", "说", "，", " ", "\n", "a", "Z", "x9", "_", ".", "..", "/", "~", "-", "--", "=", "==", ":", "@", "*",
                "http", "https://", "www.", "WWW.", "md", "json", "PY", "é", "。", "k", "#", "(", ")"};
        Random random = new Random(20261201);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(24);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertEquals(reference(text, from, to), windowed(text, from, to), () -> "[" + from + "," + to + ") of «" + text + "»");
        }
    }

    /** The notes beside the project, line by line: the same masks. */
    @Test
    void sameMatchesOnRealNotes() throws IOException {
        Path corpus = Path.of("../shared/corpus");
        assumeTrue(Files.isDirectory(corpus), "../shared/corpus is absent: skipped");
        List<Path> notes = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            files.filter(f -> f.toString().endsWith(".md")).forEach(notes::add);
        }
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            files.forEach(notes::add);
        }
        for (Path note : notes) {
            String text = Files.readString(note);
            int from = 0;
            for (String line : text.split("\n", -1)) {
                int to = from + line.length();
                assertEquals(reference(text, from, to), windowed(text, from, to), note + " at offset " + from);
                from = to + 1;
            }
        }
    }
}
