package io.bitext.transcript;

import io.bitext.error.BitextException;
import io.bitext.io.InputFiles;
import io.bitext.note.NoteDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads transcripts: SRT, WebVTT, and plain text with time stamps at the start of lines or paragraphs
 * in the shapes podcast sites use ({@code [12:34]}, {@code [1:02:03]}, {@code (12:34)},
 * {@code **12:34** ·}, {@code 12:34 -}), with or without speaker labels ({@code Speaker: …},
 * {@code **Name**: …}); plain text without stamps is read paragraph by paragraph.
 */
public final class TranscriptReader {
    /** A transcript of several hours is a few megabytes; more is not a transcript. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    /** Hours (or minutes) of up to three digits: a stamp past 99:59:59 is read, not dropped. */
    private static final String STAMP = "(\\d{1,3}:\\d{2}(?::\\d{2})?)(?:[.,]\\d{1,3})?";
    private static final Pattern CUE_TIMES = Pattern.compile("^\\s*" + STAMP + "\\s*-->\\s*" + STAMP);
    private static final Pattern LINE_STAMP = Pattern.compile(
            "^\\s*(?:\\[" + STAMP + "]|\\(" + STAMP + "\\)|\\*\\*" + STAMP + "\\*\\*\\s*[·•\\-–—:]?|" + STAMP + "\\s*[-–—·•])\\s*");
    private static final Pattern SPEAKER = Pattern.compile("^\\s*(?:\\*\\*([^*\\n]{1,40})\\*\\*|([A-Z][\\w.'’ -]{0,38}?|Speaker \\d+))\\s*[:：]\\s+");
    private static final Pattern VTT_VOICE = Pattern.compile("^<v\\s+([^>]+)>");
    private static final Pattern TAGS = Pattern.compile("<[^>]{1,40}>");

    private TranscriptReader() {
    }

    public static Transcript read(Path path) {
        byte[] bytes = InputFiles.read(path, MAX_BYTES, "a transcript");
        String text = NoteDecoder.decode(bytes, path.toString()).text();
        return parse(path.getFileName().toString(), text);
    }

    public static Transcript parse(String name, String text) {
        try {
            return parseLines(name, text);
        } catch (BitextException e) {
            throw e.getMessage().startsWith("line ") ? new BitextException(name + ":" + e.getMessage().substring(5), e) : e;
        }
    }

    private static Transcript parseLines(String name, String text) {
        String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        String lower = name.toLowerCase(Locale.ROOT);
        List<Cue> cues;
        String format;
        if (lower.endsWith(".vtt") || lines.length > 0 && lines[0].startsWith("WEBVTT")) {
            cues = cues(lines, true);
            format = "vtt";
        } else if (lower.endsWith(".srt") || looksLikeSrt(lines)) {
            cues = cues(lines, false);
            format = "srt";
        } else {
            cues = stamped(withoutHeader(lines));
            format = cues.stream().anyMatch(Cue::timed) ? "stamped" : "plain";
        }
        if (cues.isEmpty()) {
            throw new BitextException(name + ": no transcript text found");
        }
        if (format.equals("stamped") && !cues.stream().allMatch(Cue::timed)) {
            cues = cues.stream().filter(Cue::timed).toList(); // a title line before the first stamp
        }
        return new Transcript(name, format, cues);
    }

    /**
     * A text transcript may open with comment lines ({@code # English original of …}, {@code # timestamps:
     * none}), which describe the file and are no part of what was said: they are blanked, so that line
     * numbers stay those of the file.
     */
    private static String[] withoutHeader(String[] lines) {
        String[] body = lines.clone();
        for (int i = 0; i < body.length && (body[i].startsWith("#") || body[i].isBlank()); i++) {
            body[i] = "";
        }
        return body;
    }

    private static boolean looksLikeSrt(String[] lines) {
        for (int i = 0; i + 1 < lines.length && i < 10; i++) {
            if (lines[i].strip().matches("\\d+") && CUE_TIMES.matcher(lines[i + 1]).find()) {
                return true;
            }
        }
        return false;
    }

    /** SRT and WebVTT: blocks of a time line and text lines, separated by blank lines. */
    private static List<Cue> cues(String[] lines, boolean vtt) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher times = CUE_TIMES.matcher(lines[i]);
            if (!times.find()) {
                continue;
            }
            int start = seconds(times.group(1), lines, i);
            int end = seconds(times.group(2), lines, i);
            if (end < start) {
                throw new BitextException("line " + (i + 1) + ": the cue ends before it starts (" + quote(lines[i]) + ")");
            }
            StringBuilder text = new StringBuilder();
            String speaker = null;
            int j = i + 1;
            for (; j < lines.length && !lines[j].isBlank(); j++) {
                String line = lines[j].strip();
                Matcher voice = VTT_VOICE.matcher(line);
                if (vtt && voice.find()) {
                    speaker = voice.group(1).strip();
                }
                text.append(text.length() == 0 ? "" : " ").append(TAGS.matcher(line).replaceAll(""));
            }
            Labelled labelled = label(text.toString());
            cues.add(new Cue(start, end, speaker != null ? speaker : labelled.speaker, labelled.text, i + 1));
            i = j;
        }
        return cues;
    }

    /** Plain text: a stamp opens a cue; without stamps, each paragraph is one. */
    private static List<Cue> stamped(String[] lines) {
        List<Cue> cues = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int start = -1;
        int first = 0;
        String speaker = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher stamp = LINE_STAMP.matcher(line);
            boolean stamped = stamp.find();
            if (stamped || line.isBlank() && start < 0 && text.length() > 0 && !anyStamp(lines)) {
                flush(cues, start, speaker, text, first);
                text.setLength(0);
                speaker = null;
                start = -1;
            }
            if (stamped) {
                String value = stamp.group(1) != null ? stamp.group(1) : stamp.group(2) != null ? stamp.group(2)
                        : stamp.group(3) != null ? stamp.group(3) : stamp.group(4);
                start = seconds(value, lines, i);
                line = line.substring(stamp.end());
                first = i + 1;
            }
            if (line.isBlank()) {
                continue;
            }
            if (text.length() == 0) {
                Labelled labelled = label(line);
                speaker = labelled.speaker;
                line = labelled.text;
                first = first == 0 || !stamped && start < 0 ? i + 1 : first;
            }
            text.append(text.length() == 0 ? "" : " ").append(line.strip());
        }
        flush(cues, start, speaker, text, first);
        return cues;
    }

    private static boolean anyStamp(String[] lines) {
        for (String line : lines) {
            if (LINE_STAMP.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    private static void flush(List<Cue> cues, int start, String speaker, StringBuilder text, int line) {
        if (text.length() > 0) {
            cues.add(new Cue(start, -1, speaker, text.toString().strip(), Math.max(1, line)));
        }
    }

    private record Labelled(String speaker, String text) {
    }

    private static Labelled label(String line) {
        Matcher m = SPEAKER.matcher(line);
        if (m.find()) {
            String speaker = m.group(1) != null ? m.group(1) : m.group(2);
            return new Labelled(speaker.strip(), line.substring(m.end()).strip());
        }
        return new Labelled(null, line.strip());
    }

    /** {@code 12:34}, {@code 1:02:03}; an impossible stamp ({@code 12:75}) is an error naming its line. */
    private static int seconds(String stamp, String[] lines, int line) {
        String[] fields = stamp.split(":");
        int total = 0;
        for (int i = 0; i < fields.length; i++) {
            int value = Integer.parseInt(fields[i]);
            if (i > 0 && value >= 60) {
                throw new BitextException("line " + (line + 1) + ": time stamp '" + stamp + "' is not a time ("
                        + quote(lines[line]) + ")");
            }
            total = total * 60 + value;
        }
        return total;
    }

    /** A line for a message, cut short: a transcript line may be megabytes long. */
    private static String quote(String line) {
        String text = line.strip();
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
