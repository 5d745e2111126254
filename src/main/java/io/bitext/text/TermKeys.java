package io.bitext.text;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link TermKey#of} remembered for one document (not thread-safe): a note names its terms block after
 * block, and a document's rows, sections and glossary all key them; normalising a form costs several
 * times a look-up. Made per document, so it lives no longer than the forms it keeps.
 *
 * <pre>{@code
 * TermKeys keys = new TermKeys();
 * keys.of("Reward Models"); // the same key as TermKey.of, folded once
 * }</pre>
 */
public final class TermKeys {
    private final Map<String, String> keys = new HashMap<>();

    public String of(String form) {
        String key = keys.get(form);
        if (key == null) {
            key = TermKey.of(form);
            keys.put(form, key);
        }
        return key;
    }
}
