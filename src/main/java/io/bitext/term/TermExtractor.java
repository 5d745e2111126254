package io.bitext.term;

import io.bitext.note.Block;
import io.bitext.note.BlockKind;
import io.bitext.note.Note;
import io.bitext.note.Section;
import io.bitext.note.SourceText;
import io.bitext.note.Span;
import io.bitext.text.MappedText;
import io.bitext.text.Script;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the English a note keeps inline: glossed pairs in both directions, abbreviations, the note's
 * own ASR remarks, and bare terms, each with its exact place in the source.
 *
 * <pre>{@code
 * Extraction found = TermExtractor.extract(NoteReader.read(path));
 * found.pairs().forEach(p -> System.out.println(p.english() + " ↔ " + p.rendering()));
 * }</pre>
 */
public final class TermExtractor {
    /** Characters that join the letters of one English word: {@code pre-training}, {@code o3.1}, {@code let’s}. */
    private static final String JOINERS = "-._'’/+&";
    private static final Pattern VS = Pattern.compile(" vs\\.? ");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(https?|www\\.).*");
    /** English words that join Chinese clauses ({@code 自上而下 vs 自下而上}) rather than name anything. */
    private static final Set<String> FUNCTION_WORDS = Set.of("vs", "vs.", "v.s.", "and", "or", "of", "the", "a", "an",
            "to", "in", "on", "for", "with", "by", "etc", "etc.", "ok", "e.g.", "i.e.");

    private final Note note;
    private final SourceText source;
    private final EnglishPhrases phrases;
    private final Map<Integer, Integer> sectionOfBlock = new HashMap<>();
    private final List<TermOccurrence> occurrences = new ArrayList<>();
    private final List<NonGloss> nonGlosses = new ArrayList<>();
    private final List<AsrNote> asrNotes = new ArrayList<>();
    private final Map<Integer, BitSet> machine = new HashMap<>();

    private TermExtractor(Note note, EnglishPhrases phrases) {
        this.note = note;
        this.phrases = phrases;
        this.source = note.source();
        for (Section section : note.sections()) {
            for (Block block : section.allBlocks()) {
                sectionOfBlock.put(block.index(), section.index());
            }
        }
    }

    public static Extraction extract(Note note) {
        return extract(note, new DictionaryPhrases());
    }

    /** With another judge of English phrases: the agreement test compares two. */
    static Extraction extract(Note note, EnglishPhrases phrases) {
        TermExtractor extractor = new TermExtractor(note, phrases);
        for (Block block : note.blocks()) {
            if (block.isProse()) {
                extractor.extractBlock(block);
            }
        }
        extractor.occurrences.sort(Comparator.comparingInt(o -> o.englishSpan().offset()));
        return new Extraction(extractor.occurrences, extractor.nonGlosses, extractor.asrNotes, extractor.machine);
    }

    /** One block: the brackets first, then bare English in what they left uncovered. */
    private void extractBlock(Block block) {
        BlockText text = new BlockText(block, note.plainText(block));
        BitSet machine = NonProse.of(source.text(), block);
        this.machine.put(block.index(), machine);
        boolean[] code = new boolean[text.plain.length()];
        for (int i = 0; i < code.length; i++) {
            int inBlock = text.mapped.sourceOffset(i) - block.span().offset();
            code[i] = inBlock >= 0 && machine.get(inBlock);
        }
        for (Brackets.Group group : Brackets.find(text.plain)) {
            if (!code[group.open()]) {
                classifyGroup(text, group);
            }
        }
        for (int i = 0; i < code.length; i++) {
            text.covered[i] |= code[i]; // a command, path or option is spelled for the machine: no term in it
        }
        extractBare(text);
    }

    /** A block's plain text with a mask of what has been claimed by pairs and non-glosses. */
    private final class BlockText {
        final Block block;
        final MappedText mapped;
        final String plain;
        final boolean[] covered;

        BlockText(Block block, MappedText mapped) {
            this.block = block;
            this.mapped = mapped;
            this.plain = mapped.text();
            this.covered = new boolean[plain.length()];
        }

        void cover(int from, int to) {
            for (int i = Math.max(0, from); i < Math.min(to, covered.length); i++) {
                covered[i] = true;
            }
        }

        /** The source span of plain [from, to), or null when markup interrupts it. */
        Span span(int from, int to) {
            int start = mapped.sourceOffset(from);
            int end = mapped.sourceEnd(to);
            return end - start == to - from ? source.span(start, end) : null;
        }

        int section() {
            return sectionOfBlock.getOrDefault(block.index(), 0);
        }
    }

    private void classifyGroup(BlockText text, Brackets.Group group) {
        String plain = text.plain;
        String inner = group.inner(plain);
        int termEnd = group.open();
        Script script = BracketClassifier.scriptBefore(plain, termEnd);
        int englishStart = script == Script.LATIN ? englishStart(plain, termEnd) : termEnd;
        String english = plain.substring(englishStart, termEnd);
        // the words just before the bracket decide (微信（…）, a full stop); a whole block's prefix would make this quadratic
        String before = plain.substring(Math.max(0, termEnd - 40), termEnd);
        GlossEvidence.Reading reading = BracketClassifier.classify(before, script, inner, english);
        BracketClassifier.Verdict verdict = reading.verdict();
        Span groupSpan = text.span(group.open(), group.close() + 1);
        switch (verdict) {
            case EN_ZH, QUOTE_PAIR, ABBREVIATION, EXPANSION -> {
                TermPattern pattern = switch (verdict) {
                    case ABBREVIATION -> TermPattern.ABBREVIATION;
                    case EXPANSION -> TermPattern.EXPANSION;
                    default -> verdict == BracketClassifier.Verdict.QUOTE_PAIR || phrases.isQuote(english)
                            ? TermPattern.QUOTE : TermPattern.EN_ZH;
                };
                int[] r = trimmed(plain, group.innerStart(), group.close());
                addPair(text, englishStart, termEnd, r[0], r[1], pattern, reading.confidence());
                text.cover(englishStart, group.close() + 1);
            }
            case ZH_EN -> {
                int[] e = trimmed(plain, group.innerStart(), group.close());
                String inEnglish = plain.substring(e[0], e[1]);
                var boundary = ChineseTermBoundary.titleBefore(plain, termEnd, group.close());
                if (boundary == null) {
                    boundary = ChineseTermBoundary.before(plain, termEnd, inEnglish);
                }
                if (boundary == null) {
                    record(text, NonGloss.Kind.ASIDE, group);
                    return;
                }
                int start = boundary.start() + GlossEvidence.leadIn(plain.substring(boundary.start(), termEnd));
                String chinese = plain.substring(start, termEnd);
                if (GlossEvidence.namesWhichOne(chinese, inEnglish)) {
                    record(text, NonGloss.Kind.APPOSITION, group);
                    return;
                }
                TermPattern pattern = phrases.isQuote(inEnglish) ? TermPattern.QUOTE : TermPattern.ZH_EN;
                addPair(text, e[0], e[1], start, termEnd, pattern, boundary.confidence());
                text.cover(boundary.start(), group.close() + 1);
            }
            case ASR -> readAsrNote(text, group, englishStart, termEnd, script);
            case TIME_RANGE -> coverWhole(text, NonGloss.Kind.TIME_RANGE, group);
            case URL -> coverWhole(text, NonGloss.Kind.URL, group);
            case CONTACT -> coverWhole(text, NonGloss.Kind.CONTACT, group);
            case EXPLANATION -> record(text, NonGloss.Kind.EXPLANATION, group);
            case EDITORIAL -> record(text, NonGloss.Kind.EDITORIAL, group);
            default -> record(text, NonGloss.Kind.ASIDE, group);
        }
        if (groupSpan == null) {
            return;
        }
    }

    /** Where the English before a bracket starts: back over ASCII text to the nearest Han or CJK mark. */
    private static int englishStart(String plain, int end) {
        int i = end;
        while (i > 0) {
            char c = plain.charAt(i - 1);
            boolean english = (c >= 0x20 && c < 0x7F && c != '"' && c != '(' && c != ')' && c != '[' && c != ']')
                    || c == '’' || c == '‘';
            if (!english) {
                break;
            }
            i--;
        }
        while (i < end && !Character.isLetterOrDigit(plain.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int[] trimmed(String plain, int from, int to) {
        while (from < to && Character.isWhitespace(plain.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(plain.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    private void addPair(BlockText text, int enFrom, int enTo, int renderFrom, int renderTo, TermPattern pattern,
                         double confidence) {
        Span englishSpan = text.span(enFrom, enTo);
        Span renderingSpan = text.span(renderFrom, renderTo);
        if (englishSpan == null || renderingSpan == null || enTo <= enFrom || renderTo <= renderFrom) {
            return;
        }
        String english = source.cut(englishSpan);
        String normalized = pattern == TermPattern.QUOTE ? english : phrases.normalize(english);
        occurrences.add(new TermOccurrence(english, normalized, source.cut(renderingSpan), pattern, confidence,
                englishSpan, renderingSpan, text.block.index(), text.section()));
    }

    private void record(BlockText text, NonGloss.Kind kind, Brackets.Group group) {
        Span span = text.span(group.open(), group.close() + 1);
        if (span != null) {
            nonGlosses.add(new NonGloss(kind, span, group.inner(text.plain)));
        }
        text.cover(group.open(), group.open() + 1);
        text.cover(group.close(), group.close() + 1);
    }

    private void coverWhole(BlockText text, NonGloss.Kind kind, Brackets.Group group) {
        record(text, kind, group);
        text.cover(group.open(), group.close() + 1);
    }

    private static final Pattern MISHEARD = Pattern.compile("(?:原文作|原文为|识别为|误作|写作|原文[:：]?)\\s*[“\"「]?([^”\"」，,；;）)]+?)[”\"」]?\\s*$");
    private static final Pattern VARIANT = Pattern.compile("ASR\\s*中?(?:也|还)?出现\\s*[“\"「]([^”\"」]+)[”\"」]");

    /** {@code DQN（Deep Q-Learning，ASR 原文作 DQL）}: the expansion and the correction both count. */
    private void readAsrNote(BlockText text, Brackets.Group group, int termStart, int termEnd, Script script) {
        String plain = text.plain;
        if (script == Script.HAN) {
            termStart = termEnd;
            while (termStart > 0 && termEnd - termStart < 8 && Script.isHan(plain.charAt(termStart - 1))) {
                termStart--;
            }
        }
        Span termSpan = termEnd > termStart ? text.span(termStart, termEnd) : null;
        String term = termSpan == null ? null : source.cut(termSpan);
        int partStart = group.innerStart();
        for (int i = group.innerStart(); i <= group.close(); i++) {
            if (i == group.close() || "，,；;".indexOf(plain.charAt(i)) >= 0) {
                readAsrPart(text, partStart, i, termStart, termEnd, term, termSpan);
                partStart = i + 1;
            }
        }
        if (termSpan != null) {
            // DQN（Deep Q-Learning，…） already made a pair of the term; a bare use would count it twice
            boolean paired = occurrences.stream().anyMatch(o -> o.englishSpan().equals(termSpan));
            if (!paired) {
                occurrences.add(new TermOccurrence(term, phrases.normalize(term), null, TermPattern.BARE, 0.95,
                        termSpan, null, text.block.index(), text.section()));
            }
            text.cover(termStart, termEnd);
        }
        coverWhole(text, NonGloss.Kind.ASR_NOTE, group);
    }

    private void readAsrPart(BlockText text, int from, int to, int termStart, int termEnd, String term, Span termSpan) {
        int[] r = trimmed(text.plain, from, to);
        String part = text.plain.substring(r[0], r[1]);
        Span noteSpan = text.span(r[0], r[1]);
        if (part.isEmpty() || noteSpan == null) {
            return;
        }
        if (!BracketClassifier.mentionsAsr(part)) {
            if (term != null && Script.isLatin(part.codePointAt(0))) {
                TermPattern pattern = Abbreviations.abbreviates(part, term) ? TermPattern.ABBREVIATION : TermPattern.EXPANSION;
                addPair(text, termStart, termEnd, r[0], r[1], pattern, 0.9);
            } else if (term != null && part.codePoints().anyMatch(Script::isHan)) {
                addPair(text, termStart, termEnd, r[0], r[1], TermPattern.EN_ZH, 0.8);
            }
            return;
        }
        Matcher misheard = MISHEARD.matcher(part);
        Matcher variant = VARIANT.matcher(part);
        if (term == null) {
            return;
        }
        if (misheard.find()) {
            asrNotes.add(new AsrNote(AsrNote.Kind.CORRECTION, term, misheard.group(1).strip(), termSpan, noteSpan));
        } else if (variant.find()) {
            asrNotes.add(new AsrNote(AsrNote.Kind.VARIANT, term, variant.group(1).strip(), termSpan, noteSpan));
        } else {
            asrNotes.add(new AsrNote(AsrNote.Kind.UNCERTAIN, term, null, termSpan, noteSpan));
        }
    }

    /** English left outside the pairs: maximal phrases, split at {@code vs}, sorted into terms and quotes. */
    private void extractBare(BlockText text) {
        StringBuilder masked = new StringBuilder(text.plain);
        for (int i = 0; i < masked.length(); i++) {
            if (text.covered[i]) {
                masked.setCharAt(i, '\u3000');
            }
        }
        for (int[] phrase : phrases(masked)) {
            String group = masked.substring(phrase[0], phrase[1]);
            int at = phrase[0];
            for (String piece : VS.split(group, -1)) {
                int[] r = trimPunctuation(text.plain, at, at + piece.length());
                addBare(text, r[0], r[1]);
                at += piece.length();
                Matcher vs = VS.matcher(group).region(at - phrase[0], group.length());
                if (vs.lookingAt()) {
                    at += vs.end() - vs.start();
                }
            }
        }
    }

    /**
     * Maximal runs of English: words of ASCII letters and digits (joined inside by {@link #JOINERS})
     * with single spaces between. A scan rather than a regular expression, whose repeated group would
     * recurse once per word and overflow the stack on a megabyte of English.
     */
    static List<int[]> phrases(CharSequence text) {
        List<int[]> phrases = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordStart(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            while (true) {
                while (i < n && (isWordStart(text.charAt(i)) || JOINERS.indexOf(text.charAt(i)) >= 0)) {
                    i++;
                }
                end = i;
                if (i + 1 < n && text.charAt(i) == ' ' && isWordStart(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                break;
            }
            phrases.add(new int[] {start, end});
        }
        return phrases;
    }

    private static boolean isWordStart(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static int[] trimPunctuation(String plain, int from, int to) {
        while (to > from && "-._'’/+&".indexOf(plain.charAt(to - 1)) >= 0) {
            to--;
        }
        while (from < to && "-._'’/+&".indexOf(plain.charAt(from)) >= 0) {
            from++;
        }
        return new int[] {from, to};
    }

    private void addBare(BlockText text, int from, int to) {
        String english = text.plain.substring(from, to);
        boolean letter = false;
        boolean distinctive = false;
        for (int i = 0; i < english.length(); i++) {
            char c = english.charAt(i);
            letter |= Character.isLetter(c);
            distinctive |= Character.isUpperCase(c) || Character.isDigit(c);
        }
        if (to - from < 2 || !letter || WEB_ADDRESS.matcher(english).matches()) {
            return;
        }
        Span span = text.span(from, to);
        if (span == null) {
            return;
        }
        if (FUNCTION_WORDS.contains(english.toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        boolean title = text.block.kind() == BlockKind.COVER_ENTRY;
        boolean quote = !title && phrases.isQuote(english);
        occurrences.add(new TermOccurrence(english, quote || title ? english : phrases.normalize(english), null,
                quote ? TermPattern.QUOTE : TermPattern.BARE, distinctive ? 0.9 : 0.7, span, null,
                text.block.index(), text.section()));
    }
}
