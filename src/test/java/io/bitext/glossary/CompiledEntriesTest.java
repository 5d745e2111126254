package io.bitext.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled glossary's concepts come back as written, each decoded once and only when asked for. */
class CompiledEntriesTest {

    @Test
    void entriesAreDecodedWhenAskedForAndThenKept() throws Exception {
        Glossary parsed = BuiltInGlossary.fromTsvFiles();
        CompiledEntries entries = CompiledEntries.read(ByteBuffer.wrap(bytes(parsed.entries())));
        assertEquals(0, decoded(entries), "reading decodes no concept");
        Entry tenth = entries.get(10);
        assertEquals(parsed.entries().get(10), tenth);
        assertSame(tenth, entries.get(10), "one object per concept: the indexes compare entries by identity");
        assertEquals(1, decoded(entries));
        assertEquals(parsed.entries().stream().map(Entry::id).toList(), entries.ids());
        assertEquals(parsed.entries(), entries);
    }

    @Test
    void aCompiledGlossaryFindsConceptsByIdWithoutDecodingTheRest() throws Exception {
        Glossary parsed = BuiltInGlossary.fromTsvFiles();
        Glossary compiled = new Glossary(CompiledEntries.read(ByteBuffer.wrap(bytes(parsed.entries()))), "built-in");
        assertEquals(parsed.byId("openai"), compiled.byId("openai"));
        assertSame(compiled.byId("openai"), compiled.byId("openai"));
        assertNull(compiled.byId("no-such-concept"));
        assertEquals(parsed.size(), compiled.size());
    }

    @Test
    void aConceptWithMoreFormsThanTheCompiledFormatHoldsIsRefusedNotStoredWrong() {
        assertEquals(3 << 8 | 2, FormPlace.pack(3, 2));
        assertThrows(IllegalArgumentException.class, () -> FormPlace.pack(3, 256));
        assertThrows(IllegalArgumentException.class, () -> FormPlace.pack(1 << 23, 0));
        Entry entry = new Entry("x", "X", List.of("Y"), List.of(), "", List.of(), List.of(), TermType.TERM, "", "", "");
        assertEquals("Y", FormPlace.form(entry, FormPlace.pack(0, 1)).text());
        assertSame(entry, FormPlace.entry(List.of(entry), FormPlace.pack(0, 1)));
    }

    private static byte[] bytes(List<Entry> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        CompiledEntries.write(entries, out);
        out.flush();
        return bytes.toByteArray();
    }

    private static long decoded(CompiledEntries entries) throws Exception {
        Field field = CompiledEntries.class.getDeclaredField("decoded");
        field.setAccessible(true);
        return Arrays.stream((Entry[]) field.get(entries)).filter(e -> e != null).count();
    }
}
