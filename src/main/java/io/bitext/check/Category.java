package io.bitext.check;

/** The family a rule belongs to, as the report groups them. */
public enum Category {
    /** The note against itself: one term, two renderings or spellings. */
    CONSISTENCY,
    /** The note against the glossary. */
    GLOSSARY,
    /** Likely speech-recognition mistakes. */
    ASR,
    /** Names that contradict the note's own title or cover. */
    NAMES,
    /** Chinese–English typography. */
    TYPOGRAPHY,
    /** The note's outline: time ranges, sections, speakers. */
    STRUCTURE
}
