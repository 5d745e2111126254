package io.bitext.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The key tables the build files for the built-in glossary are the ones its entries give at run time,
 * and a user's glossary gets the same index whether it adds to the built-in one or replaces part of it.
 */
class FormIndexTest {

    @Test
    void theBuildFilesEveryRegisteredKindOfKey() {
        List<String> names = CompiledGlossary.filedKeys().stream().map(FormKeys::name).toList();
        assertTrue(names.containsAll(List.of("glossary.english", "asr.near-miss.names", "asr.url-name.names", "catalog.forms")), names.toString());
        assertEquals(names.size(), Set.copyOf(names).size(), "each kind of key has its own name");
    }

    @Test
    void theTablesFiledAtBuildTimeEqualTheOnesTheTsvFilesGiveAtRunTime() {
        Glossary builtIn = Glossary.builtIn();
        Glossary parsed = BuiltInGlossary.fromTsvFiles();
        for (FormKeys keys : CompiledGlossary.filedKeys()) {
            FormIndex compiled = FormIndex.of(builtIn, keys);
            Map<String, List<String>> filed = describe(compiled, compiled.keys());
            assertFalse(filed.isEmpty(), keys.name());
            assertEquals(describe(new FormIndex(null, BuiltKeyTable.of(parsed.entries(), keys))), filed, keys.name());
        }
    }

    @Test
    void aCompiledGlossaryReadBackHasTheTablesItWasWrittenWith() throws Exception {
        Glossary parsed = BuiltInGlossary.fromTsvFiles();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompiledGlossary.write(parsed, GlossaryMatcher.of(parsed), bytes);
        Glossary compiled = CompiledGlossary.read(new ByteArrayInputStream(bytes.toByteArray()));
        FormIndex index = FormIndex.of(compiled, EnglishKeys.INSTANCE);
        List<FormIndex.Posting> rl = index.get(io.bitext.text.TermKey.of("RL"));
        assertFalse(rl.isEmpty());
        assertSame(compiled.entries().get(compiled.entries().indexOf(rl.get(0).entry())), rl.get(0).entry(),
                "a posting is the glossary's own entry, not a copy");
        assertTrue(index.get("no such key at all").isEmpty());
        assertFalse(index.contains("no such key at all"));
    }

    @Test
    void conceptsAUserAddsAreFiledOnTopOfTheBuiltInTables() {
        Glossary builtIn = Glossary.builtIn();
        Glossary user = new Glossary(List.of(
                name("my-dev-days", "DevDays Summit", TermType.EVENT), name("dworkan", "Dworkan", TermType.PERSON),
                name("youtubex", "Youtubex Studio", TermType.PRODUCT)), "mine");
        Glossary merged = builtIn.with(user);
        for (FormKeys keys : CompiledGlossary.filedKeys()) {
            FormIndex extended = FormIndex.of(merged, keys);
            assertNotNull(extended.before(), "only the additions are filed: " + keys.name());
            assertEquals(describe(new FormIndex(null, BuiltKeyTable.of(merged.entries(), keys))), describe(extended), keys.name());
        }
        assertEquals("my-dev-days", merged.byEnglish("Dev-Days summit").id());
        assertEquals("openai", merged.byEnglish("OpenAI").id());
    }

    @Test
    void aUserConceptUnderABuiltInIdIsFiledWithTheRestAnew() {
        Glossary builtIn = Glossary.builtIn();
        Entry mine = new Entry("openai", "OpenAI", List.of("Open-AI Labs"), List.of(), "", List.of(), List.of(),
                TermType.ORGANIZATION, "", "", "mine.tsv:2");
        Glossary merged = builtIn.with(new Glossary(List.of(mine, name("devday", "DevDay", TermType.EVENT)), "mine"));
        for (FormKeys keys : CompiledGlossary.filedKeys()) {
            FormIndex index = FormIndex.of(merged, keys);
            assertNull(index.before(), keys.name());
            assertEquals(describe(new FormIndex(null, BuiltKeyTable.of(merged.entries(), keys))), describe(index), keys.name());
        }
        assertSame(mine, merged.byEnglish("Open-AI Labs"));
        assertNull(builtIn.byEnglish("Open-AI Labs"));
    }

    private static Entry name(String id, String en, TermType type) {
        return new Entry(id, en, List.of(), List.of(), "", List.of(), List.of(), type, "", "", "mine.tsv:1");
    }

    private static Map<String, List<String>> describe(FormIndex index) {
        return describe(index, index.keys());
    }

    /** Every key's postings as "id form english status", in order. */
    private static Map<String, List<String>> describe(FormIndex index, List<String> keys) {
        Map<String, List<String>> all = new TreeMap<>();
        for (String key : keys) {
            all.put(key, index.get(key).stream()
                    .map(p -> p.entry().id() + " " + p.form().text() + " " + p.form().english() + " " + p.form().status()).toList());
        }
        return all;
    }
}
