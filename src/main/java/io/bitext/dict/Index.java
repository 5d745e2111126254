package io.bitext.dict;

import io.bitext.io.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * An index in the {@link IndexFormat}: its block table read at once, each block inflated when first
 * searched and kept. Entries are decoded only when found. Safe to share between threads: the table is
 * immutable, and two threads that inflate the same block at once each get an equal copy.
 */
final class Index {
    private final byte[] data;
    private final String[] tags;
    private final int size;
    private final byte[][] firstKeys;
    private final int[] blockStarts;
    private final int[] blockEntries;
    /**
     * Inflated blocks, filled on first search. A plain array on purpose: a {@link Block} holds only final
     * fields, so a thread that reads one another thread stored sees it whole; two threads may inflate the
     * same block once each, which is harmless. (An atomic array would build method handles on its
     * first use, a cost every cold run would pay.)
     */
    private final Block[] blocks;

    private Index(byte[] data, String[] tags, int size, byte[][] firstKeys, int[] blockStarts, int[] blockEntries) {
        this.data = data;
        this.tags = tags;
        this.size = size;
        this.firstKeys = firstKeys;
        this.blockStarts = blockStarts;
        this.blockEntries = blockEntries;
        this.blocks = new Block[firstKeys.length];
    }

    static Index read(InputStream source) throws IOException {
        byte[] data = InputFiles.readAll(source);
        int header = IndexFormat.MAGIC.length + 1;
        if (data.length < header || !Arrays.equals(data, 0, IndexFormat.MAGIC.length, IndexFormat.MAGIC, 0, IndexFormat.MAGIC.length)
                || data[IndexFormat.MAGIC.length] != IndexFormat.VERSION) {
            throw new IOException("not a dictionary index of format version " + IndexFormat.VERSION);
        }
        try {
            IndexFormat.Cursor cursor = new IndexFormat.Cursor(data, header);
            String[] tags = new String[cursor.varint()];
            for (int i = 0; i < tags.length; i++) {
                tags[i] = cursor.string();
            }
            int size = cursor.varint();
            int count = cursor.varint();
            byte[][] firstKeys = new byte[count][];
            int[] entries = new int[count];
            int[] lengths = new int[count];
            for (int i = 0; i < count; i++) {
                int length = cursor.varint();
                firstKeys[i] = Arrays.copyOfRange(data, cursor.position(), cursor.position() + length);
                cursor.skip(length);
                entries[i] = cursor.varint();
                lengths[i] = cursor.varint();
            }
            int[] starts = new int[count + 1];
            starts[0] = cursor.position();
            int total = 0;
            for (int i = 0; i < count; i++) {
                starts[i + 1] = starts[i] + lengths[i];
                total += entries[i];
            }
            if (starts[count] != data.length || total != size) {
                throw new IOException("dictionary index is truncated or has trailing bytes");
            }
            return new Index(data, tags, size, firstKeys, starts, entries);
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException truncated) {
            throw new IOException("dictionary index is truncated", truncated);
        }
    }


    int size() {
        return size;
    }

    /**
     * The entry spelled {@code word}; failing that, one spelled with other capitals, the lower-case
     * spelling first ({@code Reasoning} finds {@code reasoning}, {@code STRIPE} finds {@code stripe}).
     */
    Optional<DictEntry> find(String word) {
        String spelling = word.strip();
        byte[] key = IndexFormat.key(spelling);
        int blockNumber = blockOf(key);
        if (blockNumber < 0) {
            return Optional.empty();
        }
        Block block = block(blockNumber);
        int candidate = -1;
        for (int i = block.lowerBound(key); i < block.offsets.length && block.compareKey(i, key) == 0; i++) {
            String found = block.spelling(i);
            if (found.equals(spelling)) {
                return Optional.of(block.entry(i, tags));
            }
            if (candidate < 0 || found.equals(found.toLowerCase(Locale.ROOT))) {
                candidate = i;
            }
        }
        return candidate < 0 ? Optional.empty() : Optional.of(block.entry(candidate, tags));
    }

    /** Every entry, in key order: for tests and tools, not for lookups. */
    List<DictEntry> entries() {
        List<DictEntry> all = new ArrayList<>(size);
        for (int b = 0; b < firstKeys.length; b++) {
            Block block = block(b);
            for (int i = 0; i < block.offsets.length; i++) {
                all.add(block.entry(i, tags));
            }
        }
        return all;
    }

    /** The last block whose first key is not above {@code key}; -1 when it sorts before every block. */
    private int blockOf(byte[] key) {
        int low = 0;
        int high = firstKeys.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (IndexFormat.compare(firstKeys[middle], key) <= 0) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    private Block block(int number) {
        Block block = blocks[number];
        if (block == null) {
            block = inflate(number);
            blocks[number] = block;
        }
        return block;
    }

    private Block inflate(int number) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(data, blockStarts[number], blockStarts[number + 1] - blockStarts[number]);
            byte[] out = new byte[IndexFormat.BLOCK_BYTES * 2];
            int length = 0;
            while (!inflater.finished()) {
                if (length == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                int inflated = inflater.inflate(out, length, out.length - length);
                if (inflated == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("dictionary index block " + number + " is truncated");
                }
                length += inflated;
            }
            return Block.of(out, length, blockEntries[number]);
        } catch (DataFormatException e) {
            throw new IllegalStateException("dictionary index block " + number + " is corrupt", e);
        } finally {
            inflater.end();
        }
    }

    /** One inflated block: its bytes and where each of its entries starts. */
    private static final class Block {
        private final byte[] bytes;
        private final int[] offsets;

        private Block(byte[] bytes, int[] offsets) {
            this.bytes = bytes;
            this.offsets = offsets;
        }

        static Block of(byte[] bytes, int length, int entries) {
            int[] offsets = new int[entries];
            IndexFormat.Cursor cursor = new IndexFormat.Cursor(bytes, 0);
            for (int i = 0; i < entries; i++) {
                int recordLength = cursor.varint();
                offsets[i] = cursor.position();
                cursor.skip(recordLength);
            }
            if (cursor.position() != length) {
                throw new IllegalStateException("dictionary index block does not hold " + entries + " entries");
            }
            return new Block(bytes, offsets);
        }

        int lowerBound(byte[] key) {
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

        int compareKey(int index, byte[] key) {
            return new IndexFormat.Cursor(bytes, offsets[index]).compareString(key);
        }

        String spelling(int index) {
            IndexFormat.Cursor cursor = new IndexFormat.Cursor(bytes, offsets[index]);
            String key = cursor.string();
            String spelled = cursor.string();
            return spelled.isEmpty() ? key : spelled;
        }

        DictEntry entry(int index, String[] tags) {
            IndexFormat.Cursor cursor = new IndexFormat.Cursor(bytes, offsets[index]);
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
}
