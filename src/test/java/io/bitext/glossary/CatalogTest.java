package io.bitext.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog files ({@code glossary/catalog-*.tsv}): every row names the page its spelling was checked
 * against, and no row makes noise for the matcher: a Latin {@code zh}, a form another concept claims,
 * a wrong form that is another concept's canonical spelling.
 */
class CatalogTest {
    private static final String HEADER = "id\ten\ten_admitted\ten_forbidden\tzh\tzh_admitted\tzh_forbidden\ttype\tnote"
            + "\tstatus\tsource\n";
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

    @TempDir
    Path dir;

    /** Matching ignores case and width, so two forms that differ only there are the same form. */
    private static String key(String form) {
        return Normalizer.normalize(form, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    private static boolean catalog(Entry entry) {
        return entry.origin().contains("catalog-");
    }

    /** Every problem of the catalog rows of a glossary, one line each. */
    static List<String> problems(Glossary glossary) {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> claims = new HashMap<>();
        Map<String, String> canonical = new HashMap<>();
        for (Entry entry : glossary.entries()) {
            entry.forms().forEach(f -> claims.computeIfAbsent(key(f.text()), k -> new LinkedHashSet<>()).add(entry.id()));
            if (!entry.en().isEmpty()) {
                canonical.putIfAbsent(key(entry.en()), entry.id());
            }
        }
        for (Entry entry : glossary.entries()) {
            if (!catalog(entry)) {
                continue;
            }
            String where = entry.origin() + " " + entry.id();
            if (!entry.source().matches("https?://[^\\s]+")) {
                problems.add(where + ": source '" + entry.source() + "' is not a web address");
            }
            for (Entry.Form form : entry.forms()) {
                if (!form.english() && LATIN.matcher(form.text()).find()) {
                    problems.add(where + ": Chinese form '" + form.text() + "' holds Latin script");
                }
                Set<String> owners = claims.get(key(form.text()));
                if (owners.size() > 1) {
                    problems.add(where + ": form '" + form.text() + "' is claimed by " + owners);
                }
            }
            for (String wrong : entry.enForbidden()) {
                String owner = canonical.get(key(wrong));
                if (owner != null && !owner.equals(entry.id())) {
                    problems.add(where + ": forbidden '" + wrong + "' is the canonical form of " + owner);
                }
            }
        }
        return problems;
    }

    private List<String> problemsOf(String rows) throws Exception {
        Files.writeString(dir.resolve("names.tsv"), HEADER
                + "openai\tOpenAI\t\tOpen AI\t\t\t\torganization\t\t\t\n"
                + "anthropic\tAnthropic\t\t\t\t\t\torganization\t\t\t\n");
        Files.writeString(dir.resolve("catalog-people.tsv"), HEADER + rows);
        return problems(Glossary.load(dir));
    }

    @Test
    void theCatalogIsCleanAndLarge() {
        Glossary glossary = Glossary.load(Path.of("glossary"));
        assertEquals(List.of(), problems(glossary));
        long rows = glossary.entries().stream().filter(CatalogTest::catalog).count();
        assertTrue(rows >= 800, "only " + rows + " catalog rows");
    }

    @Test
    void theSourceColumnIsReadIntoTheEntry() throws Exception {
        assertEquals(List.of(), problemsOf("a\tAnn Example\t\t\t\t\t\tperson\t\t\thttps://example.org/ann\n"));
        Entry ann = Glossary.load(dir).byId("a");
        assertEquals("https://example.org/ann", ann.source());
        assertEquals("", Glossary.load(dir).byId("openai").source());
    }

    @Test
    void aRowWithoutAWebSourceIsReported() throws Exception {
        List<String> problems = problemsOf("a\tAnn Example\t\t\t\t\t\tperson\t\t\tsee the podcast\n"
                + "b\tBob Example\t\t\t\t\t\tperson\t\t\t\n" + "c\tCy Example\t\t\t\t\t\tperson\t\t\thttp://example.org/cy\n");
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("not a web address"), problems.toString());
    }

    @Test
    void aChineseFormInLatinScriptIsReported() throws Exception {
        List<String> problems = problemsOf("a\tAnn Example\t\t\tAnn Exampel\t\t\tperson\t\t\thttps://example.org/ann\n");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("Latin script"), problems.toString());
    }

    @Test
    void aFormClaimedByTwoConceptsIsReportedWhateverItsCase() throws Exception {
        List<String> problems = problemsOf("a\tAnn Example\tOPEN AI\t\t\t\t\tperson\t\t\thttps://example.org/ann\n");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("'OPEN AI' is claimed by"), problems.toString());
    }

    @Test
    void aForbiddenFormThatIsAnotherCanonicalFormIsReported() throws Exception {
        List<String> problems = problemsOf("a\tAnthropics\t\t\t\t\t\torganization\t\t\thttps://example.org/a\n"
                + "b\tAnthropic Labs\t\tAnthropics\t\t\t\torganization\t\t\thttps://example.org/b\n");
        assertTrue(problems.stream().anyMatch(p -> p.contains("forbidden 'Anthropics' is the canonical form of a")),
                problems.toString());
    }
}
