package io.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import org.junit.jupiter.api.Test;

class CliTest {

    static String[] run(String... args) {
        return io.bitext.TestCli.run(args);
    }

    @Test
    void outlinePrintsOneRowPerSection() {
        String[] r = run("outline", TestNotes.SEED.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("00:00:00 - 00:00:32  开场与宏观判断"), r[1]);
        assertTrue(r[1].contains("01:15:20 - 01:16:03  收尾"), r[1]);
        assertTrue(r[1].contains("20 sections, 41 turns"), r[1]);
    }

    @Test
    void outlineJsonHasEverySection() throws Exception {
        String[] r = run("outline", "--json", TestNotes.SEED.toString());
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r[1]);
        assertEquals(20, tree.get("sections").size());
        assertEquals("Matt Turk", tree.get("sections").get(1).get("speakers").get(0).asText());
    }

    @Test
    void helpAndVersion() {
        assertEquals("0", run("--help")[0]);
        assertTrue(run("--version")[1].startsWith("bitext "));
    }

    @Test
    void unknownOptionIsAUsageError() {
        String[] r = run("outline", "--nope", TestNotes.SEED.toString());
        assertEquals("2", r[0]);
    }
}
