package io.bitext.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.error.BitextException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryLoaderTest {
    static final String HEADER = "id\ten\ten_admitted\ten_forbidden\tzh\tzh_admitted\tzh_forbidden\ttype\tnote\tstatus\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String error(String text) throws Exception {
        write("g.tsv", text);
        return assertThrows(BitextException.class, () -> Glossary.load(dir)).getMessage();
    }

    @Test
    void curatedGlossaryHasTwoHundredConceptsAndNoMalformedRow() {
        Glossary glossary = Glossary.load(Path.of("glossary"));
        assertTrue(glossary.size() >= 200, "only " + glossary.size());
        assertEquals("强化学习", glossary.byId("rl").zh());
        assertEquals(List.of("O1"), glossary.byId("o1").enForbidden());
        assertTrue(glossary.byId("gpt-5").enForbidden().contains("ChatGPT-5"));
        assertTrue(glossary.byId("codex").enForbidden().contains("CodeX"));
        assertTrue(glossary.byId("jerry-tworek").enForbidden().contains("Jared Faraic"));
    }

    @Test
    void readsMultipleValuesCommentsAndBlankLines() throws Exception {
        write("a.tsv", "# terms\n" + HEADER + "\nrl\treinforcement learning\tRL\tReinforcement Learning\t强化学习\t\t增强学习\tterm\t\t\n");
        Entry rl = Glossary.load(dir).byId("rl");
        assertEquals(List.of("RL"), rl.enAdmitted());
        assertEquals(List.of("增强学习"), rl.zhForbidden());
        assertTrue(rl.origin().endsWith("a.tsv:4"), rl.origin());
    }

    @Test
    void columnsMayComeInAnyOrderAndOptionalOnesMayBeMissing() throws Exception {
        write("a.tsv", "type\tzh\ten\tid\nterm\t策略\tpolicy\tpolicy\n");
        assertEquals("策略", Glossary.load(dir).byId("policy").zh());
    }

    @Test
    void wrongCellCountNamesFileAndLine() throws Exception {
        String message = error(HEADER + "rl\treinforcement learning\tterm\n");
        assertTrue(message.matches(".*g\\.tsv:2: 3 cells where the header has 10"), message);
    }

    @Test
    void unknownTypeIsAnError() throws Exception {
        assertTrue(error(HEADER + "rl\tRL\t\t\t\t\t\tgadget\t\t\n").contains("g.tsv:2: unknown type 'gadget'"));
    }

    @Test
    void entryWithoutEnglishAndChineseIsAnError() throws Exception {
        assertTrue(error(HEADER + "x\t\t\t\t\t\t\tterm\t\t\n").contains("g.tsv:2: entry 'x' has neither en nor zh"));
    }

    @Test
    void idMustBeUsableAsAnXmlId() throws Exception {
        assertTrue(error(HEADER + "1st\tfirst\t\t\t\t\t\tterm\t\t\n").contains("g.tsv:2: id '1st'"));
    }

    @Test
    void unknownOrMissingColumnsAreErrors() throws Exception {
        assertTrue(error("id\ten\tzh\ttype\tcolour\n").contains("unknown column 'colour'"));
        assertTrue(error("id\ten\tzh\n").contains("lacks the column 'type'"));
    }

    @Test
    void conflictingDuplicateIdNamesBothPlaces() throws Exception {
        write("a.tsv", HEADER + "rl\treinforcement learning\t\t\t强化学习\t\t\tterm\t\t\n");
        write("b.tsv", HEADER + "\nrl\treinforcement learning\t\t\t增强学习\t\t\tterm\t\t\n");
        String message = assertThrows(BitextException.class, () -> Glossary.load(dir)).getMessage();
        assertTrue(message.contains("b.tsv:3: id 'rl' is already defined differently at"), message);
        assertTrue(message.contains("a.tsv:2"), message);
    }

    @Test
    void identicalDuplicateIsOneConcept() throws Exception {
        String row = "rl\treinforcement learning\t\t\t强化学习\t\t\tterm\t\t\n";
        write("a.tsv", HEADER + row);
        write("b.tsv", HEADER + row);
        assertEquals(1, Glossary.load(dir).size());
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        Files.write(dir.resolve("g.tsv"), new byte[] {'i', 'd', '\t', (byte) 0xC3, (byte) 0x28});
        assertTrue(assertThrows(BitextException.class, () -> Glossary.load(dir)).getMessage().contains("not UTF-8"));
    }

    @Test
    void missingFolderIsAnError() {
        assertTrue(assertThrows(BitextException.class, () -> Glossary.load(dir.resolve("none"))).getMessage()
                .contains("no such glossary"));
    }
}
