package io.bitext.glossary;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A key table as the compiled glossary stores it: the keys, their characters in one run, per key its
 * postings as {@link FormPlace}s, and an open-addressing hash table of the keys by
 * {@link String#hashCode()} (which Java specifies, so the build's hashes are the run's). Reading it
 * only takes views of the bytes; a lookup probes the table, compares characters only where the hashes
 * agree (most of a check's questions find nothing), and turns only the postings it finds into objects. Keys that are all Latin-1 (most are) take a byte a character. A check asks about a few hundred keys of the tens of thousands a glossary
 * files, so this spares the start of building them all into a hash table.
 */
final class CompiledKeyTable implements KeyTable {
    private final List<Entry> entries;
    private final IntBuffer keyStarts;
    private final IntBuffer postingStarts;
    private final IntBuffer hashes;
    /** Per slot, a key's place plus one, or 0 for an empty slot; a power of two at most half full. */
    private final IntBuffer slots;
    /** The keys' characters: one byte each when all are Latin-1 ({@code wide} false), else two. */
    private final ByteBuffer chars;
    private final boolean wide;
    private final IntBuffer places;
    private final int size;
    /**
     * Each found key's postings once made, so that a long-lived process (the language server, a run
     * over many notes) asks the bytes once per key. Only keys the table holds are kept, so it never
     * grows past the table. A plain array on purpose: an immutable list stored by one thread is seen
     * whole by another, and two threads resolving one key make equal lists.
     */
    private final List<FormIndex.Posting>[] resolved;

    private CompiledKeyTable(List<Entry> entries, IntBuffer keyStarts, IntBuffer postingStarts, IntBuffer hashes, IntBuffer slots,
                             ByteBuffer chars, boolean wide, IntBuffer places) {
        this.entries = entries;
        this.hashes = hashes;
        this.slots = slots;
        this.wide = wide;
        this.keyStarts = keyStarts;
        this.postingStarts = postingStarts;
        this.chars = chars;
        this.places = places;
        this.size = keyStarts.limit() - 1;
        this.resolved = newLists(size);
    }

    @SuppressWarnings("unchecked")
    private static List<FormIndex.Posting>[] newLists(int size) {
        return new List[size];
    }

    /** Writes {@code keys}' table for {@code glossary}'s entries as {@link #read} takes it back. */
    static void write(Glossary glossary, FormKeys keys, DataOutputStream out) throws IOException {
        Map<Entry, Integer> place = new IdentityHashMap<>();
        for (Entry entry : glossary.entries()) {
            place.put(entry, place.size());
        }
        BuiltKeyTable table = BuiltKeyTable.of(glossary.entries(), keys);
        List<String> sorted = new ArrayList<>(table.keys());
        sorted.sort(null);
        out.writeInt(sorted.size());
        int chars = 0;
        for (String key : sorted) {
            out.writeInt(chars);
            chars += key.length();
        }
        out.writeInt(chars);
        int postings = 0;
        for (String key : sorted) {
            out.writeInt(postings);
            postings += table.get(key).size();
        }
        out.writeInt(postings);
        int[] slots = new int[Math.max(2, Integer.highestOneBit(Math.max(1, sorted.size())) * 4)];
        for (int k = 0; k < sorted.size(); k++) {
            int hash = sorted.get(k).hashCode();
            out.writeInt(hash);
            int slot = spread(hash) & (slots.length - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = k + 1;
        }
        out.writeInt(slots.length);
        for (int slot : slots) {
            out.writeInt(slot);
        }
        boolean wide = sorted.stream().anyMatch(k -> k.chars().anyMatch(c -> c > 0xFF));
        out.writeBoolean(wide);
        for (String key : sorted) {
            if (wide) {
                out.writeChars(key);
            } else {
                out.writeBytes(key); // the low byte of each character: all of it, for Latin-1
            }
        }
        for (String key : sorted) {
            for (FormIndex.Posting posting : table.get(key)) {
                out.writeInt(FormPlace.pack(place.get(posting.entry()), posting.entry().forms().indexOf(posting.form())));
            }
        }
    }

    /** Takes views of what {@link #write} wrote, from the buffer's position on, and moves past it. */
    static CompiledKeyTable read(ByteBuffer in, List<Entry> entries) {
        int size = in.getInt();
        IntBuffer keyStarts = ints(in, size + 1);
        IntBuffer postingStarts = ints(in, size + 1);
        IntBuffer hashes = ints(in, size);
        IntBuffer slots = ints(in, in.getInt());
        boolean wide = in.get() != 0;
        int bytes = keyStarts.get(size) * (wide ? Character.BYTES : 1);
        ByteBuffer text = in.slice(in.position(), bytes);
        in.position(in.position() + bytes);
        IntBuffer places = ints(in, postingStarts.get(size));
        return new CompiledKeyTable(entries, keyStarts, postingStarts, hashes, slots, text, wide, places);
    }

    private static IntBuffer ints(ByteBuffer in, int count) {
        IntBuffer view = in.slice(in.position(), count * Integer.BYTES).asIntBuffer();
        in.position(in.position() + count * Integer.BYTES);
        return view;
    }

    @Override
    public List<FormIndex.Posting> get(String key) {
        int found = find(key);
        if (found < 0) {
            return List.of();
        }
        List<FormIndex.Posting> postings = resolved[found];
        if (postings == null) {
            int from = postingStarts.get(found);
            FormIndex.Posting[] these = new FormIndex.Posting[postingStarts.get(found + 1) - from];
            for (int p = 0; p < these.length; p++) {
                int place = places.get(from + p);
                Entry entry = FormPlace.entry(entries, place);
                these[p] = new FormIndex.Posting(entry, FormPlace.form(entry, place));
            }
            postings = List.of(these);
            resolved[found] = postings;
        }
        return postings;
    }

    @Override
    public boolean contains(String key) {
        return find(key) >= 0;
    }

    @Override
    public List<String> keys() {
        List<String> keys = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            keys.add(key(i));
        }
        return keys;
    }

    /** The place of {@code key} among the keys, or -1. */
    private int find(String key) {
        int hash = key.hashCode();
        int mask = slots.limit() - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int place = slots.get(slot) - 1;
            if (place < 0) {
                return -1;
            }
            if (hashes.get(place) == hash && sameKey(place, key)) {
                return place;
            }
        }
    }

    /** The hash's high bits folded into the low ones the table's mask keeps. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private boolean sameKey(int index, String key) {
        int start = keyStarts.get(index);
        if (keyStarts.get(index + 1) - start != key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (charAt(start + i) != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String key(int index) {
        StringBuilder key = new StringBuilder();
        for (int i = keyStarts.get(index); i < keyStarts.get(index + 1); i++) {
            key.append(charAt(i));
        }
        return key.toString();
    }

    private char charAt(int i) {
        return wide ? chars.getChar(i * Character.BYTES) : (char) (chars.get(i) & 0xFF);
    }
}
