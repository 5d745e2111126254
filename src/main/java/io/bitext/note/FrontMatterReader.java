package io.bitext.note;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bitext.error.BitextException;
import java.util.Map;

/**
 * Finds and parses the front matter. An opening fence without a closing one is an error, since the
 * whole note would otherwise be taken as metadata; content that is not valid YAML or JSON is kept
 * verbatim and reported, because the rest of the note is still usable.
 */
final class FrontMatterReader {
    /** Loaded only for front matter that is not JSON. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    }

    private FrontMatterReader() {
    }

    /** The front matter at the top of {@code source}, or null when the note has none. */
    static FrontMatter read(SourceText source, String name) {
        String text = source.text();
        if (!isFence(source, 1, "---")) {
            return null;
        }
        for (int line = 2; line <= source.lineCount(); line++) {
            if (isFence(source, line, "---") || isFence(source, line, "...")) {
                int contentStart = source.lineStart(2);
                int contentEnd = source.lineStart(line);
                int end = line < source.lineCount() ? source.lineStart(line + 1) : text.length();
                Span content = source.span(contentStart, Math.max(contentStart, contentEnd));
                return new FrontMatter(source.span(0, end), content, source.cut(content));
            }
        }
        throw new BitextException(name + ":1: front matter opened with '---' is never closed");
    }

    private static boolean isFence(SourceText source, int line, String fence) {
        return line <= source.lineCount() && source.lineText(line).stripTrailing().equals(fence)
                && (line > 1 || source.lineCount() > 1);
    }

    /** The front matter's text parsed: a mapping, or why it is none. */
    static FrontMatter.Parsed parse(String raw) {
        if (raw.isBlank()) {
            return new FrontMatter.Parsed(Map.of(), null);
        }
        try {
            Object value = null;
            if (raw.strip().startsWith("{")) {
                try {
                    // plain JSON (what Obsidian publishing writes) parses without a YAML parser or data binding
                    value = JsonValues.read(raw);
                } catch (java.io.IOException notJson) {
                    // {a: 1} is YAML's flow style, not JSON: read below
                }
            }
            if (value instanceof Map<?, ?>) {
                @SuppressWarnings("unchecked")
                Map<String, Object> values = (Map<String, Object>) value; // JSON keys are strings
                return new FrontMatter.Parsed(values, null);
            }
            if (value == null) {
                value = Yaml.MAPPER.readValue(raw, Object.class);
                if (value instanceof Map<?, ?>) {
                    // YAML keys may be numbers or dates: as strings, like JSON's
                    Map<String, Object> values = Yaml.MAPPER.convertValue(value, new TypeReference<Map<String, Object>>() { });
                    return new FrontMatter.Parsed(values, null);
                }
            }
            return new FrontMatter.Parsed(Map.of(), "front matter is not a key/value mapping");
        } catch (Exception e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return new FrontMatter.Parsed(Map.of(), "front matter is not valid YAML or JSON: " + reason);
        } catch (StackOverflowError e) {
            // parsed when first asked for, on whatever thread asks, which may have a small stack: the
            // parsers' own depth limits may lie deeper than it, and the note stays usable either way
            return new FrontMatter.Parsed(Map.of(), "front matter is nested too deeply to be read");
        }
    }
}
