package io.bitext.docx;

import io.bitext.text.TermKey;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link TermKey#of} remembered for one document: a note names its terms in row after row, and the
 * rows, the sections' renderings and the appendix's glossary all key them; normalising a form costs
 * several times a look-up.
 */
final class TermKeys {
    private final Map<String, String> keys = new HashMap<>();

    String of(String form) {
        String key = keys.get(form);
        if (key == null) {
            key = TermKey.of(form);
            keys.put(form, key);
        }
        return key;
    }
}
