package io.bitext.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bitext.TestNotes;
import io.bitext.note.Block;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.session.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matches of a stretch taken from the whole text's must be those of matching the stretch alone. */
class GlossaryStretchTest {
    private static final Glossary GLOSSARY = new Glossary(TsvGlossary.parse(GlossaryLoaderTest.HEADER
            + "rl\treinforcement learning\tRL\t\t强化学习\t\t增强学习\tterm\t\t\n"
            + "rlhf\tRLHF\t\t\t\t\t\tabbreviation\t\t\n"
            + "o3\to3\t\tO3\t\t\t\tmodel\t\t\n"
            + "gpt-4\tGPT-4\t\t\t\t\t\tmodel\t\t\n"
            + "reward-model\treward model\t\t\t奖励模型\t\t\tterm\t\t\n"
            + "reward\treward\t\t\t奖励\t\t\tterm\t\t\n", "test.tsv"));
    private static final GlossaryMatcher MATCHER = GlossaryMatcher.of(GLOSSARY);

    @Test
    void everyStretchOfATextMatchesAsOnItsOwn() {
        for (String text : List.of("用RLHF做RL，reward model与O3-mini", "x-RL.RL_o3 GPT-4.5 GPT-4 －RL－ 奖励模型reward", "RL-RL RL.5 aRL rl")) {
            List<GlossaryMatch> all = MATCHER.findAll(text);
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    String stretch = text.substring(from, to);
                    assertEquals(MATCHER.findAll(stretch), MATCHER.findAll(all, text, from, to), stretch + " in " + text);
                }
            }
        }
    }

    @Test
    void longestFromAllIsFindLongest() {
        String text = "奖励模型 RLHF 与 RL 从 O3 到 o3 reward model";
        assertEquals(MATCHER.findLongest(text), GlossaryMatcher.longest(MATCHER.findAll(text)));
    }

    @Test
    void blockTermsOfRealNotesAreEachBlockMatchedOnItsOwn() {
        GlossaryMatcher matcher = GlossaryMatcher.of(Glossary.builtIn());
        List<Path> notes = new ArrayList<>(TestNotes.corpus());
        notes.add(TestNotes.SEED);
        for (Path path : notes) {
            Note note = NoteReader.read(path);
            Map<Integer, List<GlossaryMatch>> terms = Session.blockTerms(note, matcher);
            for (Block block : note.blocks()) {
                assertEquals(matcher.findLongest(block.text().cut(note.text())), terms.getOrDefault(block.index(), List.of()),
                        path + " block " + block.index());
            }
        }
    }
}
