package io.bitext.check.rules;

import static io.bitext.phonetic.NameLikeness.isName;

import io.bitext.glossary.Entry;
import io.bitext.glossary.FormKeys;
import io.bitext.glossary.Status;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How {@link NearNames} files the glossary's forms: every English form as known, and the accepted
 * forms of names under their first letter (whole names) and under each of their words' places
 * ({@code Llama 3} under its 3 as the second of two words). Filed at build time for the built-in
 * glossary (registered as a {@link FormKeys} service).
 */
public final class NearNameKeys implements FormKeys {
    @Override
    public String name() {
        return "asr.near-miss.names";
    }

    @Override
    public void keys(Entry entry, Entry.Form form, Consumer<String> into) {
        if (!form.english()) {
            return;
        }
        into.accept(known(form.text()));
        if (entry.type() != null && entry.type().isName() && form.status() != Status.FORBIDDEN) {
            if (isName(form.text())) {
                into.accept(initial(form.text()));
            }
            String[] words = form.text().split(" ");
            for (int i = 0; words.length > 1 && i < words.length; i++) {
                into.accept(word(words.length, i, words[i]));
            }
        }
    }

    /** Any form, any case, any status. */
    static String known(String form) {
        return "k:" + form.toLowerCase(Locale.ROOT);
    }

    /** A whole name by its lower-case first letter: a near-miss keeps its first letter. */
    static String initial(String name) {
        return "i:" + Character.toLowerCase(name.charAt(0));
    }

    /** A name of {@code words} words with {@code word} at {@code position}. */
    static String word(int words, int position, String word) {
        return "w:" + words + ":" + position + ":" + word.toLowerCase(Locale.ROOT);
    }
}
