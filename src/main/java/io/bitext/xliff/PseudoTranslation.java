package io.bitext.xliff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pseudo-translation, the localisation engineer's test of a round trip: every letter and digit of
 * the text doubled ({@code 推理} → {@code 推推理理}), codes untouched, so that a merged pseudo-translated
 * note must keep the source's structure exactly while every word of it visibly changed.
 */
public final class PseudoTranslation {

    private PseudoTranslation() {
    }

    public static Map<String, List<List<Part>>> of(List<Unit> units) {
        Map<String, List<List<Part>>> targets = new LinkedHashMap<>();
        for (Unit unit : units) {
            List<List<Part>> segments = new ArrayList<>();
            for (List<Part> segment : unit.segments()) {
                List<Part> parts = new ArrayList<>();
                for (Part part : segment) {
                    parts.add(part instanceof Part.Text text ? new Part.Text(doubled(text.text())) : part);
                }
                segments.add(parts);
            }
            targets.put(unit.id(), segments);
        }
        return targets;
    }

    static String doubled(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(c -> {
            out.appendCodePoint(c);
            if (Character.isLetterOrDigit(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
