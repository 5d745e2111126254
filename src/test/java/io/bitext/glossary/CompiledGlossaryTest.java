package io.bitext.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.bitext.TestNotes;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled built-in glossary is the TSV files' glossary: the same concepts, the same matches. */
class CompiledGlossaryTest {

    @Test
    void theBuildLeavesACompiledGlossaryAndABuiltInCheckReadsIt() {
        assertNotNull(getClass().getClassLoader().getResource(CompiledGlossary.RESOURCE), "the build compiles the glossary");
        Glossary builtIn = Glossary.builtIn();
        assertNotNull(builtIn.compiledMatcher(), "the built-in glossary comes with its matcher");
        assertSame(builtIn.compiledMatcher(), GlossaryMatcher.of(builtIn));
    }

    @Test
    void compiledAndParsedGlossariesHoldTheSameConceptsAndFindTheSameMatches() throws Exception {
        Glossary parsed = BuiltInGlossary.fromTsvFiles();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        CompiledGlossary.write(parsed, GlossaryMatcher.of(parsed), bytes);
        Glossary compiled = CompiledGlossary.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(parsed.origin(), compiled.origin());
        assertEquals(parsed.entries(), compiled.entries());
        String text = TestNotes.seedText() + " o3 O3 GPT-4o Lang Chain 强化学习 RLHF policy 的policy是";
        assertEquals(describe(GlossaryMatcher.of(parsed).findAll(text)), describe(compiled.compiledMatcher().findAll(text)));
        assertEquals(describe(GlossaryMatcher.of(Glossary.builtIn()).findAll(text)), describe(compiled.compiledMatcher().findAll(text)));
    }

    @Test
    void aUsersGlossaryThatAddsNothingKeepsTheCompiledMatcher() {
        Glossary builtIn = Glossary.builtIn();
        Glossary same = new Glossary(List.of(builtIn.entries().get(0)), "mine");
        assertSame(builtIn, builtIn.with(same));
    }

    private static List<String> describe(List<GlossaryMatch> matches) {
        return matches.stream().map(m -> m.start() + "-" + m.end() + " " + m.entry().id() + " " + m.form().text()).toList();
    }
}
