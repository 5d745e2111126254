package io.bitext.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One unit's target merged segment by segment (see {@link Merge}): the unit's text, whether any
 * segment was translated, and what could not be merged. A segment that cannot be merged keeps its
 * source; a target segment the source lacks is reported with its text, never dropped silently.
 */
final class UnitMerge {
    /** What may stand on a line before a unit's text and still let that text open a block. */
    private static final Pattern BLOCK_PREFIX = Pattern.compile("[ \\t>]*(?:[-+*]|\\d{1,9}[.)]|#{1,6})?[ \\t]*");
    private static final Pattern NEWLINES = Pattern.compile("\r\n|\r|\n");

    private final Unit unit;
    private final String file;
    private final List<Merge.Problem> problems = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean translated;
    private boolean atLineStart;

    record Result(String text, boolean translated, List<Merge.Problem> problems) {
    }

    private UnitMerge(Unit unit, String file, boolean atLineStart) {
        this.unit = unit;
        this.file = file;
        this.atLineStart = atLineStart;
    }

    /** @param noteText the note, to tell whether the unit starts a line (where text could open a block) */
    static Result of(Unit unit, Target target, String file, String noteText) {
        int lineStart = Math.max(noteText.lastIndexOf('\n', unit.offset() - 1), noteText.lastIndexOf('\r', unit.offset() - 1)) + 1;
        boolean startsLine = !unit.isLabel() && BLOCK_PREFIX.matcher(noteText.substring(lineStart, unit.offset())).matches();
        UnitMerge merge = new UnitMerge(unit, file, startsLine);
        List<Target.Segment> segments = target.segments();
        if (segments.size() == 1 && segments.get(0).id() == null) {
            if (segments.get(0).isEmpty()) {
                return new Result(unit.original(), false, List.of()); // an empty <target/>: not translated
            }
            List<Part> whole = unit.segments().stream().flatMap(List::stream).toList();
            merge.segment(null, whole, segments.get(0));
        } else {
            merge.segmented(segments);
        }
        return new Result(merge.text.toString(), merge.translated, merge.problems);
    }

    private void segmented(List<Target.Segment> segments) {
        Map<Integer, Target.Segment> byNumber = new HashMap<>();
        for (Target.Segment segment : segments) {
            int number = number(segment.id());
            if (segment.id() == null) {
                problem(null, "text outside the segments, " + quote(segment.plainText()) + ", was not merged");
            } else if (number < 1 || number > unit.segments().size()) {
                problem(segment.id(), "is not in the source; its text " + quote(segment.plainText()) + " was not merged");
            } else if (byNumber.putIfAbsent(number, segment) != null) {
                problem(segment.id(), "appears twice; the second, " + quote(segment.plainText()) + ", was not merged");
            }
        }
        for (int i = 1; i <= unit.segments().size(); i++) {
            segment(String.valueOf(i), unit.segments().get(i - 1), byNumber.get(i));
        }
    }

    /** Merges one segment ({@code target} null when the file lacks it) or keeps its source. */
    private void segment(String number, List<Part> source, Target.Segment target) {
        String original = source.stream().map(Part::original).reduce("", String::concat);
        String why = target == null ? "is missing from the target"
                : target.isEmpty() ? "is empty in the target" : CodeCheck.problem(source, target.tokens());
        if (why != null) {
            problem(number, why + "; " + (number == null ? "the unit" : "the segment") + " keeps its source");
            append(original, source);
            return;
        }
        String raw = render(target.tokens(), false);
        if (raw.equals(original)) {
            translated |= target.stateSaysTranslated();
            append(original, source);
            return;
        }
        translated = true;
        text.append(render(target.tokens(), true));
    }

    private void append(String original, List<Part> source) {
        text.append(original);
        atLineStart = !source.isEmpty() && source.get(source.size() - 1) instanceof Code c && c.kind() == Code.Kind.LINE_BREAK;
    }

    /** The target's text with the unit's code characters; escaped for Markdown when {@code escape}. */
    private String render(List<Token> tokens, boolean escape) {
        StringBuilder out = new StringBuilder();
        boolean lineStart = atLineStart;
        for (Token token : tokens) {
            if (token instanceof Token.Text t) {
                String plain = escape ? NEWLINES.matcher(t.text()).replaceAll(" ") : t.text();
                out.append(!escape ? plain : lineStart ? MarkdownEscape.lineStart(plain) : MarkdownEscape.inline(plain));
                lineStart = lineStart && plain.isBlank();
            } else if (token instanceof Token.Ref ref) {
                Code code = unit.codes().stream().filter(c -> c.id() == ref.id() && c.role() == ref.role()).findFirst().orElseThrow();
                out.append(code.original());
                lineStart = code.kind() == Code.Kind.LINE_BREAK;
            }
        }
        if (escape) {
            atLineStart = lineStart;
        }
        return out.toString();
    }

    /** A segment's number from its 1.2 {@code mid} ({@code 2}) or 2.x id ({@code b23-s2}); 0 when neither. */
    private int number(String id) {
        if (id == null) {
            return 0;
        }
        String digits = id.startsWith(unit.id() + "-s") ? id.substring(unit.id().length() + 2) : id;
        try {
            return Integer.parseInt(digits.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void problem(String segment, String message) {
        problems.add(new Merge.Problem(file, unit.id(), segment, message));
    }

    /** A target's text for a message: quoted, one line, at most 80 characters. */
    static String quote(String text) {
        String line = NEWLINES.matcher(text.strip()).replaceAll(" ");
        return "‘" + (line.length() > 80 ? line.substring(0, 79) + "…" : line) + "’";
    }

    /** Whether a target's codes are the source segment's: each once, pairs in order. */
    static final class CodeCheck {
        private CodeCheck() {
        }

        static String problem(List<Part> source, List<Token> target) {
            List<Code> codes = source.stream().filter(p -> p instanceof Code).map(p -> (Code) p).toList();
            List<String> order = target.stream().filter(t -> t instanceof Token.Ref).map(t -> ((Token.Ref) t).role() + ":" + ((Token.Ref) t).id()).toList();
            if (order.equals(codes.stream().map(c -> c.role() + ":" + c.id()).toList())
                    && target.stream().noneMatch(t -> t instanceof Token.Unknown)) {
                return null; // the source's own order, even where its marks cross (**==**==…==)
            }
            Map<String, Integer> seen = new HashMap<>();
            Deque<Integer> open = new ArrayDeque<>();
            for (Token token : target) {
                if (token instanceof Token.Unknown unknown) {
                    return "inline element <" + unknown.element() + "> is not one Bitext wrote";
                }
                if (!(token instanceof Token.Ref ref)) {
                    continue;
                }
                if (codes.stream().noneMatch(c -> c.id() == ref.id() && c.role() == ref.role())) {
                    return "code " + ref.id() + " (" + ref.role().name().toLowerCase() + ") is not in the source segment";
                }
                if (seen.merge(ref.role() + ":" + ref.id(), 1, Integer::sum) > 1) {
                    return "code " + ref.id() + " is duplicated";
                }
                if (ref.role() == Code.Role.OPEN) {
                    open.push(ref.id());
                } else if (ref.role() == Code.Role.CLOSE) {
                    if (open.isEmpty() || open.peek() != ref.id()) {
                        return "code " + ref.id() + " is reordered (it closes before it opens, or across another pair)";
                    }
                    open.pop();
                }
            }
            for (Code code : codes) {
                if (!seen.containsKey(code.role() + ":" + code.id())) {
                    return "code " + code.id() + " (‘" + code.original() + "’) is missing";
                }
            }
            return null;
        }
    }
}
