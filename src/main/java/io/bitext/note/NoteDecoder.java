package io.bitext.note;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.bitext.error.BitextException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a note's bytes into text. UTF-8 is the norm; UTF-8 or UTF-16 with a byte-order mark, UTF-16
 * without one (recognised by its zero bytes) and GB18030 (when ICU's detector is confident) are
 * decoded too. Anything else is refused with a message that says what was found, because guessing
 * wrong would corrupt the note on the next write.
 */
public final class NoteDecoder {
    /** ICU confidence (0–100) above which a non-UTF-8 guess is trusted. */
    private static final int CONFIDENT = 60;

    public record Decoded(String text, NoteEncoding encoding) {
    }

    private NoteDecoder() {
    }

    public static Decoded decode(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw new BitextException(name + ": the file is empty");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, name);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, name);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, name);
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return strict(bytes, 0, utf16, name);
        }
        if (looksBinary(bytes)) {
            throw new BitextException(name + ": binary data, not a text note");
        }
        try {
            return new Decoded(decodeStrictly(bytes, 0, StandardCharsets.UTF_8), NoteEncoding.UTF8);
        } catch (CharacterCodingException e) {
            return guessLegacy(bytes, name);
        }
    }

    private static Decoded guessLegacy(byte[] bytes, String name) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() >= CONFIDENT && "GB18030".equals(match.getName())) {
                return strict(bytes, 0, Charset.forName("GB18030"), name);
            }
        }
        int bad = firstInvalidUtf8(bytes);
        throw new BitextException(name + ": not valid UTF-8 (byte 0x"
                + String.format("%02X", bytes[bad] & 0xFF) + " at offset " + bad
                + ") and no other encoding can be recognised reliably; save the note as UTF-8");
    }

    private static Decoded strict(byte[] bytes, int bomLength, Charset charset, String name) {
        try {
            String text = decodeStrictly(bytes, bomLength, charset);
            byte[] bom = java.util.Arrays.copyOf(bytes, bomLength);
            if (text.indexOf('\0') >= 0) {
                throw new BitextException(name + ": binary data, not a text note");
            }
            return new Decoded(text, new NoteEncoding(charset, bom));
        } catch (CharacterCodingException e) {
            throw new BitextException(name + ": not valid " + charset.name());
        }
    }

    private static String decodeStrictly(byte[] bytes, int from, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                .toString();
    }

    /** UTF-16 text in the BMP has a zero in every other byte for ASCII; Han text rarely does. */
    private static Charset utf16WithoutMark(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int sample = Math.min(bytes.length, 8192);
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int pairs = sample / 2;
        // a few Han characters (U+4E00 一) have a zero byte too, hence a ratio rather than none at all
        if (zeroOdd > pairs / 5 && zeroEven * 10 < zeroOdd) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs / 5 && zeroOdd * 10 < zeroEven) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * A NUL byte anywhere (text never holds one, and a note with binary data appended must not pass
     * because its first 64 KiB are text), or many C0 controls other than tab and line breaks in the
     * first 64 KiB: not text.
     */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 65536);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        if (controls > sample / 100 + 2) {
            return true;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
