package io.bitext.term;

import io.bitext.note.Span;

/**
 * What the note itself says about speech-recognition mistakes: {@code O1（ASR 原文作 0.1）} records that
 * the recognizer wrote {@code 0.1} where {@code O1} was meant; {@code Dworkin/Dworkish（节目名 ASR
 * 可能有误）} marks a name as uncertain.
 *
 * @param kind       a correction, a variant seen elsewhere, or an uncertain name
 * @param term       the term as the note now writes it
 * @param misheard   what the recognizer wrote, or null for an uncertain name
 * @param termSpan   where the term stands
 * @param noteSpan   where the annotation stands
 */
public record AsrNote(Kind kind, String term, String misheard, Span termSpan, Span noteSpan) {

    public enum Kind {
        /** The note corrected the recognizer: {@code 原文作 X}. */
        CORRECTION,
        /** The recognizer also produced another form: {@code ASR中也出现“X”}. */
        VARIANT,
        /** The note doubts the form itself: {@code ASR 可能有误}. */
        UNCERTAIN
    }
}
