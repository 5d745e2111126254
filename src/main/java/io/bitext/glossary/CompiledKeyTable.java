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
 * A key table as the compiled glossary stores it: the keys sorted, their characters in one run, and
 * per key its postings as {@link FormPlace}s. Reading it only
 * takes views of the bytes; a lookup is a binary search over the keys, and only the postings it finds
 * are turned into objects. Keys that are all Latin-1 (most are) take a byte a character. A check asks about a few hundred keys of the tens of thousands a glossary
 * files, so this spares the start of building them all into a hash table.
 */
final class CompiledKeyTable implements KeyTable {
    private final List<Entry> entries;
    private final IntBuffer keyStarts;
    private final IntBuffer postingStarts;
    /** The keys' characters: one byte each when all are Latin-1 ({@code wide} false), else two. */
    private final ByteBuffer chars;
    private final boolean wide;
    private final IntBuffer places;
    private final int size;

    private CompiledKeyTable(List<Entry> entries, IntBuffer keyStarts, IntBuffer postingStarts, ByteBuffer chars, boolean wide,
                             IntBuffer places) {
        this.entries = entries;
        this.wide = wide;
        this.keyStarts = keyStarts;
        this.postingStarts = postingStarts;
        this.chars = chars;
        this.places = places;
        this.size = keyStarts.limit() - 1;
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
        boolean wide = in.get() != 0;
        int bytes = keyStarts.get(size) * (wide ? Character.BYTES : 1);
        ByteBuffer text = in.slice(in.position(), bytes);
        in.position(in.position() + bytes);
        IntBuffer places = ints(in, postingStarts.get(size));
        return new CompiledKeyTable(entries, keyStarts, postingStarts, text, wide, places);
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
        int from = postingStarts.get(found);
        int to = postingStarts.get(found + 1);
        List<FormIndex.Posting> postings = new ArrayList<>(to - from);
        for (int p = from; p < to; p++) {
            Entry entry = FormPlace.entry(entries, places.get(p));
            postings.add(new FormIndex.Posting(entry, FormPlace.form(entry, places.get(p))));
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

    /** The place of {@code key} among the sorted keys, or -1. */
    private int find(String key) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = compare(middle, key);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** Compares key {@code index} with {@code key} as {@link String#compareTo} does, without making a string of it. */
    private int compare(int index, String key) {
        int start = keyStarts.get(index);
        int length = keyStarts.get(index + 1) - start;
        int common = Math.min(length, key.length());
        for (int i = 0; i < common; i++) {
            int order = Character.compare(charAt(start + i), key.charAt(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(length, key.length());
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
