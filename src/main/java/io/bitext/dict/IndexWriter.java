package io.bitext.dict;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Writes entries in the {@link IndexFormat}; the first entry of each spelling wins. */
final class IndexWriter {
    private IndexWriter() {
    }

    static void write(Collection<DictEntry> entries, OutputStream target) throws IOException {
        List<DictEntry> sorted = sorted(entries);
        Map<String, Integer> tags = tags(sorted);
        ByteArrayOutputStream blocks = new ByteArrayOutputStream(1 << 22);
        List<BlockInfo> written = writeBlocks(sorted, tags, blocks);
        ByteArrayOutputStream table = new ByteArrayOutputStream(1 << 16);
        IndexFormat.writeVarint(table, tags.size());
        for (String tag : tags.keySet()) {
            IndexFormat.writeString(table, tag);
        }
        IndexFormat.writeVarint(table, sorted.size());
        IndexFormat.writeVarint(table, written.size());
        for (BlockInfo block : written) {
            IndexFormat.writeVarint(table, block.firstKey().length);
            table.writeBytes(block.firstKey());
            IndexFormat.writeVarint(table, block.entries());
            IndexFormat.writeVarint(table, block.length());
        }
        target.write(IndexFormat.MAGIC);
        target.write(IndexFormat.VERSION);
        table.writeTo(target);
        blocks.writeTo(target);
    }

    /** A written block: the key of its first entry, how many entries it holds, its deflated length. */
    private record BlockInfo(byte[] firstKey, int entries, int length) {
    }

    /** Writes the entries to {@code blocks} in deflated blocks, never splitting the entries of one key. */
    private static List<BlockInfo> writeBlocks(List<DictEntry> sorted, Map<String, Integer> tags,
                                               ByteArrayOutputStream blocks) throws IOException {
        List<BlockInfo> written = new ArrayList<>();
        ByteArrayOutputStream block = new ByteArrayOutputStream(IndexFormat.BLOCK_BYTES * 2);
        ByteArrayOutputStream record = new ByteArrayOutputStream(256);
        byte[] firstKey = null;
        byte[] previousKey = null;
        int inBlock = 0;
        for (DictEntry entry : sorted) {
            byte[] key = IndexFormat.key(entry.word());
            boolean newKey = previousKey == null || IndexFormat.compare(key, previousKey) != 0;
            if (newKey && block.size() >= IndexFormat.BLOCK_BYTES) {
                written.add(new BlockInfo(firstKey, inBlock, deflate(block, blocks)));
                block.reset();
                inBlock = 0;
            }
            firstKey = inBlock == 0 ? key : firstKey;
            record.reset();
            writeRecord(record, entry, tags);
            IndexFormat.writeVarint(block, record.size());
            record.writeTo(block);
            inBlock++;
            previousKey = key;
        }
        if (inBlock > 0) {
            written.add(new BlockInfo(firstKey, inBlock, deflate(block, blocks)));
        }
        return written;
    }

    /** Appends {@code block} deflated to {@code blocks}; the number of bytes it took. */
    private static int deflate(ByteArrayOutputStream block, ByteArrayOutputStream blocks) throws IOException {
        int before = blocks.size();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(blocks, deflater, 1 << 16)) {
            block.writeTo(deflated);
        } finally {
            deflater.end();
        }
        return blocks.size() - before;
    }

    private static void writeRecord(ByteArrayOutputStream record, DictEntry entry, Map<String, Integer> tags) {
        String key = new String(IndexFormat.key(entry.word()), StandardCharsets.UTF_8);
        IndexFormat.writeString(record, key);
        IndexFormat.writeString(record, entry.word().equals(key) ? "" : entry.word());
        IndexFormat.writeVarint(record, entry.bncRank());
        IndexFormat.writeVarint(record, entry.frqRank());
        IndexFormat.writeString(record, Exchange.format(entry));
        IndexFormat.writeVarint(record, entry.glosses().size());
        for (Gloss gloss : entry.glosses()) {
            IndexFormat.writeVarint(record, tags.get(gloss.tag()));
            IndexFormat.writeString(record, gloss.text());
        }
    }

    private static List<DictEntry> sorted(Collection<DictEntry> entries) {
        Set<String> spellings = new HashSet<>();
        List<DictEntry> unique = new ArrayList<>(entries.size());
        for (DictEntry entry : entries) {
            if (spellings.add(entry.word().strip())) {
                unique.add(entry);
            }
        }
        Map<DictEntry, byte[]> keys = new IdentityHashMap<>();
        unique.forEach(entry -> keys.put(entry, IndexFormat.key(entry.word())));
        Comparator<DictEntry> byKey = (a, b) -> IndexFormat.compare(keys.get(a), keys.get(b));
        unique.sort(byKey.thenComparing(DictEntry::word));
        return unique;
    }

    /** Labels numbered by how often they occur, so that the common ones take one byte. */
    private static Map<String, Integer> tags(List<DictEntry> entries) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("", 0);
        entries.forEach(entry -> entry.glosses().forEach(gloss -> counts.merge(gloss.tag(), 1, Integer::sum)));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(tag -> numbers.put(tag.getKey(), numbers.size()));
        return numbers;
    }
}
