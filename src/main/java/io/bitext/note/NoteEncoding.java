package io.bitext.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a note was stored on disk: its charset and the byte-order mark it started with, so that a note
 * written back (by {@code fix} or an XLIFF merge) keeps the bytes its author chose.
 */
public record NoteEncoding(Charset charset, byte[] byteOrderMark) {

    public static final NoteEncoding UTF8 = new NoteEncoding(StandardCharsets.UTF_8, new byte[0]);

    public NoteEncoding {
        byteOrderMark = byteOrderMark.clone();
    }

    @Override
    public byte[] byteOrderMark() {
        return byteOrderMark.clone();
    }

    public boolean hasByteOrderMark() {
        return byteOrderMark.length > 0;
    }

    /** The bytes of {@code text} in this encoding, byte-order mark first. */
    public byte[] encode(String text) {
        if (charset.equals(StandardCharsets.UTF_8) && wellFormed(text)) {
            // the encoder's bytes for text without a lone surrogate, made by the string's own fast path
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[byteOrderMark.length + body.length];
            System.arraycopy(byteOrderMark, 0, out, 0, byteOrderMark.length);
            System.arraycopy(body, 0, out, byteOrderMark.length, body.length);
            return out;
        }
        try {
            ByteBuffer body = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text));
            byte[] out = new byte[byteOrderMark.length + body.remaining()];
            System.arraycopy(byteOrderMark, 0, out, 0, byteOrderMark.length);
            body.get(out, byteOrderMark.length, body.remaining());
            return out;
        } catch (CharacterCodingException e) {
            throw new io.bitext.error.BitextException("text cannot be written in " + charset.name(), e);
        }
    }

    /** Whether every surrogate of {@code text} is one of a pair: what UTF-8 can encode (the encoder refuses the rest). */
    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    public String describe() {
        return charset.name() + (hasByteOrderMark() ? " with BOM" : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteEncoding other && charset.equals(other.charset)
                && java.util.Arrays.equals(byteOrderMark, other.byteOrderMark);
    }

    @Override
    public int hashCode() {
        return charset.hashCode() * 31 + java.util.Arrays.hashCode(byteOrderMark);
    }

    @Override
    public String toString() {
        return describe();
    }
}
