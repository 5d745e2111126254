package io.bitext.dict;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * An index in the {@link IndexFormat}, inflated into one byte array and searched in place: entries are
 * decoded only when found, so loading costs one inflation and one pass over the record lengths.
 * Immutable once read, hence safe to share between threads.
 */
final class Index {
    private final byte[] data;
    private final int[] offsets;
    private final String[] tags;

    private Index(byte[] data, int[] offsets, String[] tags) {
        this.data = data;
        this.offsets = offsets;
        this.tags = tags;
    }

    static Index read(InputStream source) throws IOException {
        byte[] header = source.readNBytes(IndexFormat.MAGIC.length + 1);
        if (header.length != IndexFormat.MAGIC.length + 1
                || !Arrays.equals(header, 0, IndexFormat.MAGIC.length, IndexFormat.MAGIC, 0, IndexFormat.MAGIC.length)
                || header[IndexFormat.MAGIC.length] != IndexFormat.VERSION) {
            throw new IOException("not a dictionary index of format version " + IndexFormat.VERSION);
        }
        byte[] data;
        Inflater inflater = new Inflater();
        try {
            data = new InflaterInputStream(source, inflater, 1 << 16).readAllBytes();
        } finally {
            inflater.end();
        }
        IndexFormat.Cursor cursor = new IndexFormat.Cursor(data, 0);
        String[] tags = new String[cursor.varint()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = cursor.string();
        }
        int[] offsets = new int[cursor.varint()];
        for (int i = 0; i < offsets.length; i++) {
            int length = cursor.varint();
            offsets[i] = cursor.position();
            cursor.skip(length);
        }
        if (cursor.position() != data.length) {
            throw new IOException("dictionary index is truncated or has trailing bytes");
        }
        return new Index(data, offsets, tags);
    }

    int size() {
        return offsets.length;
    }

    /**
     * The entry spelled {@code word}; failing that, one spelled with other capitals, the lower-case
     * spelling first ({@code Reasoning} finds {@code reasoning}, {@code STRIPE} finds {@code stripe}).
     */
    Optional<DictEntry> find(String word) {
        String spelling = word.strip();
        byte[] key = IndexFormat.key(spelling);
        int first = lowerBound(key);
        int candidate = -1;
        for (int i = first; i < offsets.length && compareKey(i, key) == 0; i++) {
            String found = spelling(i);
            if (found.equals(spelling)) {
                return Optional.of(entry(i));
            }
            if (candidate < 0 || found.equals(found.toLowerCase(Locale.ROOT))) {
                candidate = i;
            }
        }
        return candidate < 0 ? Optional.empty() : Optional.of(entry(candidate));
    }

    /** Every entry, in key order: for tests and tools, not for lookups. */
    List<DictEntry> entries() {
        List<DictEntry> all = new ArrayList<>(offsets.length);
        for (int i = 0; i < offsets.length; i++) {
            all.add(entry(i));
        }
        return all;
    }

    private int lowerBound(byte[] key) {
        int low = 0;
        int high = offsets.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (compareKey(middle, key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int compareKey(int index, byte[] key) {
        return new IndexFormat.Cursor(data, offsets[index]).compareString(key);
    }

    private String spelling(int index) {
        IndexFormat.Cursor cursor = new IndexFormat.Cursor(data, offsets[index]);
        String key = cursor.string();
        String spelled = cursor.string();
        return spelled.isEmpty() ? key : spelled;
    }

    private DictEntry entry(int index) {
        IndexFormat.Cursor cursor = new IndexFormat.Cursor(data, offsets[index]);
        String key = cursor.string();
        String spelled = cursor.string();
        int bnc = cursor.varint();
        int frq = cursor.varint();
        String exchange = cursor.string();
        int count = cursor.varint();
        List<Gloss> glosses = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String tag = tags[cursor.varint()];
            glosses.add(new Gloss(cursor.string(), tag));
        }
        return Exchange.entry(spelled.isEmpty() ? key : spelled, glosses, bnc, frq, exchange);
    }
}
