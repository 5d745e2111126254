package io.bitext.note;

/** Markdown inline marks that the note uses and Bitext keeps through every export. */
public enum InlineKind {
    /** {@code **bold**} (also {@code __bold__}). */
    BOLD,
    /** {@code *emphasis*}. */
    ITALIC,
    /** Obsidian's {@code ==highlight==}. */
    HIGHLIGHT,
    /** {@code [text](url)} or an autolink. */
    LINK,
    /** {@code `code`}. */
    CODE
}
