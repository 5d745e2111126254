package io.bitext.check.rules;

import io.bitext.glossary.Entry;
import io.bitext.glossary.FormKeys;
import io.bitext.glossary.Status;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How {@link UrlNameRule} files the glossary's names: the accepted English forms of organisations and
 * products, seven letters or more once written as a domain would ({@link #domainKey}), under that
 * key's first letter. Filed at build time for the built-in glossary (registered as a {@link FormKeys} service).
 */
public final class UrlNameKeys implements FormKeys {

    @Override
    public String name() {
        return "asr.url-name.names";
    }

    @Override
    public void keys(Entry entry, Entry.Form form, Consumer<String> into) {
        if (entry.type() == null || !entry.type().isName() || !form.english() || form.status() == Status.FORBIDDEN) {
            return;
        }
        String key = domainKey(form.text());
        if (key != null) {
            into.accept(initial(key.charAt(0)));
        }
    }

    /** The form in lower case without spaces, dots or hyphens, if that is a domain label of seven letters or more; else null. */
    static String domainKey(String form) {
        // a loop rather than expressions: the rule asks this of every name under a domain's first letter
        String lower = form.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                key.append(c);
            } else if (c != ' ' && c != '.' && c != '-') {
                return null; // not a domain label
            }
        }
        return key.length() >= 7 ? key.toString() : null;
    }

    static String initial(char first) {
        return String.valueOf(first);
    }
}
