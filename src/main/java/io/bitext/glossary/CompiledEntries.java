package io.bitext.glossary;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The compiled glossary's concepts, each decoded when first asked for: a check reads the few hundred
 * concepts its note names (through the matcher and the rules' {@link FormIndex}es), not all 2,000.
 * Only the ids are read at once, for {@link Glossary#byId}. An entry once decoded is kept, so every
 * caller sees the same object (the indexes compare entries by identity).
 */
final class CompiledEntries extends AbstractList<Entry> implements RandomAccess {
    private static final TermType[] TYPES = TermType.values();
    private final ByteBuffer records;
    private final IntBuffer offsets;
    private final List<String> ids;
    /**
     * Decoded entries. A plain array read without a lock on purpose: an {@link Entry} holds only final
     * fields, so a thread that reads one another stored sees it whole; decoding is under the lock, so
     * that two threads never keep two copies of one entry.
     */
    private final Entry[] decoded;

    private CompiledEntries(ByteBuffer records, IntBuffer offsets, List<String> ids) {
        this.records = records;
        this.offsets = offsets;
        this.ids = ids;
        this.decoded = new Entry[ids.size()];
    }

    /** Writes the entries' ids, then where each record starts, then the records. */
    static void write(List<Entry> entries, DataOutputStream out) throws IOException {
        out.writeInt(entries.size());
        for (Entry e : entries) {
            writeString(out, e.id());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream records = new DataOutputStream(bytes);
        for (Entry e : entries) {
            out.writeInt(records.size());
            for (String text : List.of(e.en(), e.zh(), e.note(), e.status(), e.origin(), e.source())) {
                writeString(records, text);
            }
            records.writeByte(e.type() == null ? -1 : e.type().ordinal());
            for (List<String> list : List.of(e.enAdmitted(), e.enForbidden(), e.zhAdmitted(), e.zhForbidden())) {
                records.writeShort(list.size());
                for (String text : list) {
                    writeString(records, text);
                }
            }
        }
        records.flush();
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    /** Reads the ids and takes a view of the records, from the buffer's position on, leaving it after them. */
    static CompiledEntries read(ByteBuffer in) {
        int size = in.getInt();
        String[] ids = new String[size];
        for (int i = 0; i < size; i++) {
            ids[i] = readString(in);
        }
        IntBuffer offsets = in.slice(in.position(), size * Integer.BYTES).asIntBuffer();
        in.position(in.position() + size * Integer.BYTES);
        int length = in.getInt();
        ByteBuffer records = in.slice(in.position(), length);
        in.position(in.position() + length);
        return new CompiledEntries(records, offsets, List.of(ids));
    }

    /** The ids in order, read without decoding the entries. */
    List<String> ids() {
        return ids;
    }

    @Override
    public Entry get(int index) {
        Entry entry = decoded[index];
        if (entry == null) {
            synchronized (this) {
                entry = decoded[index];
                if (entry == null) {
                    entry = decode(index);
                    decoded[index] = entry;
                }
            }
        }
        return entry;
    }

    @Override
    public int size() {
        return decoded.length;
    }

    private Entry decode(int index) {
        ByteBuffer in = records.duplicate().position(offsets.get(index));
        String en = readString(in);
        String zh = readString(in);
        String note = readString(in);
        String status = readString(in);
        String where = readString(in);
        String source = readString(in);
        byte type = in.get();
        TermType termType = type < 0 ? null : TYPES[type];
        return new Entry(ids.get(index), en, readList(in), readList(in), zh, readList(in), readList(in), termType, note, status,
                where, source);
    }

    static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(ByteBuffer in) {
        int length = in.getInt();
        String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }

    private static List<String> readList(ByteBuffer in) {
        int count = in.getShort();
        if (count == 0) {
            return List.of();
        }
        String[] texts = new String[count];
        for (int i = 0; i < count; i++) {
            texts[i] = readString(in);
        }
        return List.of(texts);
    }
}
