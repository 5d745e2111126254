package io.bitext.glossary;

/**
 * One place where a text uses a glossary form.
 *
 * @param start     offset of the first character in the text searched
 * @param end       offset just after the last
 * @param text      the characters as written (their case and width)
 * @param entry     the concept
 * @param form      the glossary form matched, with its language and status
 */
public record GlossaryMatch(int start, int end, String text, Entry entry, Entry.Form form) {

    /** Whether the text writes the form exactly, case and width included. */
    public boolean exact() {
        return text.equals(form.text());
    }

    public int length() {
        return end - start;
    }
}
