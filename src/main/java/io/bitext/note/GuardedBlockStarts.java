package io.bitext.note;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.HashSet;
import java.util.Set;

/**
 * flexmark's heading and fenced-code parsers, asked only about lines that can start their block.
 *
 * <p>flexmark asks every block parser about every line that does not start with a letter. Two of
 * them do work proportional to more than the line before they look at its first character:
 * the heading parser collects the whole paragraph so far (for a setext underline) on every line,
 * so a paragraph of thousands of lines that start with {@code **} (speaker turns with no blank
 * line between them) costs the square of its length; the fenced-code parser searches the rest of
 * the line for an unanchored pattern at every container start, so {@code > - } nested thousands of
 * times on one line costs the square of its depth. Each guard here checks the line's first
 * characters and hands the line to flexmark's own parser only when it could open that block (an
 * ATX heading, a setext underline, a fence), so the tree is exactly flexmark's.
 */
final class GuardedBlockStarts {

    private GuardedBlockStarts() {
    }

    /** Options and a parser with both core parsers replaced by their guarded versions. */
    static Parser parser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.HEADING_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        return Parser.builder(options)
                .customBlockParserFactory(new Headings())
                .customBlockParserFactory(new Fences())
                .build();
    }

    /** The core factory's ordering, naming the guards where it names the factories they replace. */
    private static Set<Class<?>> translated(Set<Class<?>> classes) {
        if (classes == null) {
            return null;
        }
        Set<Class<?>> result = new HashSet<>();
        for (Class<?> type : classes) {
            result.add(type == HeadingParser.Factory.class ? Headings.class
                    : type == FencedCodeBlockParser.Factory.class ? Fences.class : type);
        }
        return result;
    }

    /** The part of the current line after its indentation, where a block's marker would start. */
    private static BasedSequence rest(ParserState state) {
        BasedSequence line = state.getLine();
        return line.subSequence(Math.min(state.getNextNonSpaceIndex(), line.length()), line.length());
    }

    /** An ATX heading ({@code #} to {@code ######}, then a blank or the line's end) or a setext underline. */
    static boolean canStartHeading(CharSequence rest) {
        int length = rest.length();
        if (length == 0) {
            return false;
        }
        char first = rest.charAt(0);
        if (first == '#') {
            int hashes = 0;
            while (hashes < length && rest.charAt(hashes) == '#') {
                hashes++;
            }
            return hashes <= 6 && (hashes == length || isBlankOrEnd(rest.charAt(hashes)));
        }
        if (first != '=' && first != '-') {
            return false;
        }
        int at = 0;
        while (at < length && rest.charAt(at) == first) {
            at++;
        }
        while (at < length && isBlankOrEnd(rest.charAt(at))) {
            at++;
        }
        return at == length;
    }

    /** Three backticks or three tildes. */
    static boolean canStartFence(CharSequence rest) {
        if (rest.length() < 3) {
            return false;
        }
        char first = rest.charAt(0);
        return (first == '`' || first == '~') && rest.charAt(1) == first && rest.charAt(2) == first;
    }

    private static boolean isBlankOrEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** A core factory behind a test of the line's start. */
    private abstract static class Guarded implements CustomBlockParserFactory {
        private final CustomBlockParserFactory core;

        Guarded(CustomBlockParserFactory core) {
            this.core = core;
        }

        abstract boolean canStart(CharSequence rest);

        @Override
        public Set<Class<?>> getAfterDependents() {
            return translated(core.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return translated(core.getBeforeDependents());
        }

        @Override
        public boolean affectsGlobalScope() {
            return core.affectsGlobalScope();
        }

        @Override
        public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return core.getLeadInHandler(options);
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory factory = core.apply(options);
            return (state, matched) -> canStart(rest(state)) ? factory.tryStart(state, matched) : BlockStart.none();
        }
    }

    static final class Headings extends Guarded {
        Headings() {
            super(new HeadingParser.Factory());
        }

        @Override
        boolean canStart(CharSequence rest) {
            return canStartHeading(rest);
        }
    }

    static final class Fences extends Guarded {
        Fences() {
            super(new FencedCodeBlockParser.Factory());
        }

        @Override
        boolean canStart(CharSequence rest) {
            return canStartFence(rest);
        }
    }
}
