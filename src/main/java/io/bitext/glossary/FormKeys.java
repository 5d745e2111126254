package io.bitext.glossary;

import java.util.function.Consumer;

/**
 * How an index over a glossary's forms files each form: the keys under which a lookup finds it. A rule
 * that asks many questions of the glossary (is this name a near-miss of one it holds?) declares its
 * keys once here and asks {@link FormIndex#of} for the index.
 *
 * <p>The keys a class registered under {@code META-INF/services/io.bitext.glossary.FormKeys} derives
 * are filed for the built-in glossary when the project is built ({@link CompiledGlossary}), so a cold
 * check searches them instead of deriving them again; for other glossaries, and for what a user's
 * glossary adds, they are derived on first use. Either way the same keys, the same postings in the
 * same order.
 *
 * <pre>{@code
 * public final class InitialKeys implements FormKeys {
 *     public String name() { return "example.initials"; }
 *     public void keys(Entry entry, Entry.Form form, Consumer<String> into) {
 *         if (form.english()) into.accept(form.text().substring(0, 1));
 *     }
 * }
 * FormIndex.of(glossary, new InitialKeys()).get("L");   // every English form that starts with L
 * }</pre>
 */
public interface FormKeys {
    /** A stable name, unique among the indexes, under which the compiled glossary files the keys. */
    String name();

    /**
     * Passes {@code into} the keys under which {@code form} of {@code entry} is found, in the order a
     * lookup should meet them; none for a form the index leaves out. Depends on the entry and form only.
     */
    void keys(Entry entry, Entry.Form form, Consumer<String> into);
}
