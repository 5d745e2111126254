package io.bitext.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bitext.error.BitextException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GlossaryFormatsTest {
    private static final List<Entry> CURATED = Glossary.load(Path.of("glossary")).entries();
    private static final Entry CANDIDATE = new Entry("scale-up-run", "scale-up run", List.of("scale-up runs"), List.of(),
            "放大实验", List.of(), List.of(), TermType.TERM, "1× in a.md, b.md: \"scale-up runs\"（放大实验） & <b>", "candidate", "");
    private static TbxValidator validator;

    @BeforeAll
    static void schemas() throws Exception {
        boolean present = Files.isDirectory(TbxValidator.SCHEMAS);
        if (!present) {
            System.out.println("SKIPPED: " + TbxValidator.SCHEMAS.toAbsolutePath() + " is absent; TBX is not validated");
        } else {
            validator = new TbxValidator();
        }
    }

    private static void assertSameContent(List<Entry> expected, List<Entry> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(expected.get(i).sameContent(actual.get(i)), expected.get(i) + "\n≠\n" + actual.get(i));
        }
    }

    private static List<Entry> withCandidate() {
        List<Entry> entries = new java.util.ArrayList<>(CURATED);
        entries.add(CANDIDATE);
        return entries;
    }

    @Test
    void tsvToTbxToTsvKeepsEveryField() {
        byte[] tbx = TbxGlossary.write(withCandidate());
        List<Entry> back = TbxGlossary.read(new ByteArrayInputStream(tbx), "g.tbx");
        assertSameContent(withCandidate(), back);
        assertEquals(TsvGlossary.write(withCandidate()), TsvGlossary.write(back));
    }

    @Test
    void csvRoundTripKeepsEveryFieldAndQuotesWhatNeedsIt() {
        String csv = CsvGlossary.write(withCandidate());
        assertTrue(csv.contains("\"1× in a.md, b.md: \"\"scale-up runs\"\"（放大实验） & <b>\""), csv.lines().reduce((a, b) -> b).orElse(""));
        assertSameContent(withCandidate(), CsvGlossary.parse(csv, "g.csv"));
    }

    @Test
    void csvWithACommaAndQuoteInsideACell() {
        String csv = "id,en,zh,type,note\nx,\"a, b\",甲,term,\"say \"\"hi\"\"\"\n";
        Entry x = CsvGlossary.parse(csv, "g.csv").get(0);
        assertEquals("a, b", x.en());
        assertEquals("say \"hi\"", x.note());
    }

    @Test
    void omegaTLinesAreSourceTargetComment() {
        String omegat = OmegaTGlossary.write(CURATED);
        assertTrue(omegat.contains("强化学习\treinforcement learning\tterm; not: Reinforcement Learning; 不用: 增强学习\n"), omegat.substring(0, 400));
        assertTrue(omegat.lines().allMatch(l -> l.split("\t", -1).length == 3));
        assertTrue(omegat.contains("o3\to3\tmodel; keep in English; not: O3"), "kept-in-English terms map to themselves");
    }

    @Test
    void tbxIsValidTbxBasic() throws Exception {
        assumeTrue(validator != null, "TBX schemas absent");
        assertEquals(List.of(), validator.validate(TbxGlossary.write(withCandidate())));
    }

    @Test
    void theValidatorPassesTheOfficialExampleAndCatchesErrors() throws Exception {
        assumeTrue(validator != null, "TBX schemas absent");
        assertEquals(List.of(), validator.validate(TbxValidator.example()));
        String broken = new String(TbxGlossary.write(CURATED.subList(0, 2)), StandardCharsets.UTF_8)
                .replace("preferredTerm-admn-sts", "favouriteTerm").replace("style=\"dca\"", "style=\"dct\"");
        List<String> problems = validator.validate(broken.getBytes(StandardCharsets.UTF_8));
        assertTrue(problems.stream().anyMatch(p -> p.contains("administrativeStatus")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("dca")), problems.toString());
        String badStructure = new String(TbxGlossary.write(CURATED.subList(0, 1)), StandardCharsets.UTF_8)
                .replace("<termSec><term>", "<termSec><bogus/><term>");
        assertFalse(validator.validate(badStructure.getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void tbxReaderRefusesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body><conceptEntry id=\"a\"><langSec xml:lang=\"en\">"
                + "<termSec><term>&e;</term></termSec></langSec></conceptEntry></body></text></tbx>";
        BitextException e = assertThrows(BitextException.class,
                () -> TbxGlossary.read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "evil.tbx"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    /** A concept in the TBX namespace with an id attribute of {@code id} and one English term. */
    private static String concept(String id, String term) {
        return "<conceptEntry id=\"" + id + "\"><langSec xml:lang=\"en\"><termSec><term>" + term
                + "</term></termSec></langSec></conceptEntry>";
    }

    @Test
    void tbxIdsTheGlossaryCannotHoldAreMadeValidAndKeptApart() {
        String tbx = "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>" + concept("1 bad!x", "alpha")
                + concept("1-bad-x", "beta") + concept("t-1-bad-x", "gamma") + concept("1?bad x", "delta")
                + concept("概念", "epsilon") + concept("ok_id.2", "zeta") + "</body></text></tbx>";
        List<Entry> entries = TbxGlossary.read(new ByteArrayInputStream(tbx.getBytes(StandardCharsets.UTF_8)), "ids.tbx");
        assertEquals(List.of("t-1-bad-x-2", "t-1-bad-x-3", "t-1-bad-x", "t-1-bad-x-4", "t-" + Integer.toHexString("概念".hashCode()), "ok_id.2"),
                entries.stream().map(Entry::id).toList(), "a valid id stays, derived ones are numbered apart from it");
        // what the import writes, the glossary reads back without complaint
        List<Entry> reread = TsvGlossary.parse(TsvGlossary.write(entries), "ids.tsv");
        assertEquals(6, GlossaryLoader.merged(reread, "ids.tsv").size());
    }

    @Test
    void truncatedTbxIsAClearError() {
        byte[] tbx = TbxGlossary.write(CURATED.subList(0, 3));
        byte[] cut = java.util.Arrays.copyOf(tbx, tbx.length / 2);
        BitextException e = assertThrows(BitextException.class, () -> TbxGlossary.read(new ByteArrayInputStream(cut), "cut.tbx"));
        assertTrue(e.getMessage().startsWith("cut.tbx:"), e.getMessage());
    }

    @Test
    void tbxFromAnotherToolWithoutStatusesTakesTheFirstTermAsPreferred() {
        String tbx = "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\"><text><body>"
                + "<conceptEntry id=\"c1\"><descrip type=\"definition\">A star group.</descrip>"
                + "<langSec xml:lang=\"en\"><termSec><term>open cluster</term></termSec><termSec><term>galactic cluster</term></termSec></langSec>"
                + "<langSec xml:lang=\"zh-Hans\"><termSec><term>疏散星团</term></termSec></langSec></conceptEntry></body></text></tbx>";
        Entry e = TbxGlossary.read(new ByteArrayInputStream(tbx.getBytes(StandardCharsets.UTF_8)), "other.tbx").get(0);
        assertEquals("open cluster", e.en());
        assertEquals(List.of("galactic cluster"), e.enAdmitted());
        assertEquals("疏散星团", e.zh());
        assertEquals("A star group.", e.note());
        assertEquals(TermType.TERM, e.type());
    }
}
