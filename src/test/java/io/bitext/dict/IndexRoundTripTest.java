package io.bitext.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's index, read back, holds what the CSV said, and only the rows it keeps. */
class IndexRoundTripTest {
    /** Rows in ECDICT's own shape, quoting and written line breaks included. */
    private static final String CSV = """
            word,phonetic,definition,translation,pos,collins,oxford,tag,bnc,frq,exchange,detail,audio
            reasoning,'ri:zniŋ,n. thinking that is coherent and logical,"n. 推论, 推理, 论证\\n[化] 推理",,1,,ky,5668,5805,0:reason/1:i/i:reasoning/s:reasonings,,
            model,'mɒdәl,n. a type of product,"n. 模型, 模范\\nvt. 使模仿, 塑造",,4,1,zk gk,551,504,s:models/d:modelled/i:modelling/p:modelled/3:models,,
            models,'mɒdlz,n a type of product,n. 模型( model的名词复数 ); 模特儿,,,,,0,0,1:s3/0:model,,
            went,went,v change location,go的过去式,,,,,0,0,0:go/1:p,,
            Stripe,,n. an online payments company,[网络] 条纹支付公司,,,,,0,0,,,
            stripe,straip,n. a narrow marking,"n. 斑纹, 条纹",,2,1,cet4,7060,6292,s:stripes,,
            meta-analysis,,,元分析,,,,,0,0,,,
            machine learning,,,[计] 机器学习,,,,,0,0,,,
            'tween decks,,,[网络] 甲板间；二层舱,,,,,0,0,,,
            in the long run,,,从长远来看,,,,,0,0,,,
            quaternary ammonium,,,[化] 季铵,,,,,0,0,,,
            emptyword,,,,,,,,0,0,,,
            between,,,prep. = between,,,,,12,10,,,
            """;

    @Test
    void readsBackWhatWasWritten(@TempDir Path folder) throws IOException {
        List<DictEntry> written = IndexBuilder.withInflectedForms(EcdictReader.read(new StringReader(CSV)));
        Path file = folder.resolve("ecdict.bin");
        IndexBuilder.write(written, file);
        Dictionary read = Dictionary.load(file);

        assertEquals(written.size(), read.size());
        for (DictEntry entry : written) {
            assertEquals(entry, read.lookup(entry.word()).orElseThrow(), entry.word());
        }
    }

    @Test
    void keepsWhatTheCsvSays(@TempDir Path folder) throws IOException {
        Dictionary read = built(folder);
        DictEntry reasoning = read.lookup("reasoning").orElseThrow();
        assertEquals(List.of(new Gloss("推论", "n."), new Gloss("推理", "n."), new Gloss("论证", "n.")), reasoning.glosses());
        assertEquals(5668, reasoning.bncRank());
        assertEquals(5805, reasoning.frqRank());
        assertEquals("reason", reasoning.lemma());
        assertEquals(Map.of(Inflection.PRESENT_PARTICIPLE, "reasoning", Inflection.PLURAL, "reasonings"), reasoning.forms());
        assertEquals(Set.of(Inflection.PRESENT_PARTICIPLE), reasoning.formOf());
        assertEquals(List.of("模型", "模特儿"), read.translations("models"));
        assertEquals("go", read.lemma("went"));
        assertEquals("条纹支付公司", read.translations("Stripe").get(0));
        assertEquals("斑纹", read.translations("STRIPE").get(0), "other capitals prefer the lower-case spelling");
        assertEquals(List.of("机器学习"), read.translations("machine learning"));
        assertTrue(read.lookup("meta-analysis").isPresent());
    }

    @Test
    void addsInflectedFormsWithoutRowsOfTheirOwn(@TempDir Path folder) throws IOException {
        Dictionary read = built(folder);
        DictEntry modelled = read.lookup("modelled").orElseThrow();
        assertEquals("model", modelled.lemma());
        assertEquals(Set.of(Inflection.PAST, Inflection.PAST_PARTICIPLE), modelled.formOf());
        assertEquals("model", read.lemma("modelling"));
        assertTrue(read.lookup("reasonings").isEmpty(), "a form of an inflected entry is not its lemma's");
    }

    @Test
    void dropsRowsTheIndexDoesNotNeed(@TempDir Path folder) throws IOException {
        Dictionary read = built(folder);
        assertTrue(read.lookup("'tween decks").isEmpty(), "nothing says a reader meets it");
        assertTrue(read.lookup("quaternary ammonium").isEmpty(), "a rare field term");
        assertTrue(read.lookup("in the long run").isEmpty(), "more than three words");
        assertTrue(read.lookup("emptyword").isEmpty(), "no translation");
        assertTrue(read.lookup("between").isEmpty(), "no Chinese rendering, no inflections");
    }

    @Test
    void refusesWhatIsNoIndex() {
        byte[] csv = CSV.getBytes(StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> Index.read(new ByteArrayInputStream(csv)));
    }

    @Test
    void buildsFromAFileAndSkipsWhileUpToDate(@TempDir Path folder) throws IOException {
        Path csv = Files.writeString(folder.resolve("ecdict.csv"), CSV);
        Path index = folder.resolve("out").resolve("ecdict.bin");
        IndexBuilder.main(new String[] {csv.toString(), index.toString()});
        assertTrue(Dictionary.load(index).lookup("reasoning").isPresent());
        long written = Files.getLastModifiedTime(index).toMillis();
        IndexBuilder.main(new String[] {csv.toString(), index.toString()});
        assertEquals(written, Files.getLastModifiedTime(index).toMillis());
    }

    private static Dictionary built(Path folder) throws IOException {
        Path file = folder.resolve("ecdict.bin");
        IndexBuilder.write(IndexBuilder.withInflectedForms(EcdictReader.read(new StringReader(CSV))), file);
        return Dictionary.load(file);
    }
}
