package io.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.check.CheckResult;
import io.bitext.check.Finding;
import io.bitext.glossary.Glossary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade's one-line paths, and the program the README shows, compiled and run as a user would. */
class FacadeTest {

    @Test
    void checkUsesTheBuiltInGlossaryFromAnyFolder() {
        CheckResult result = Bitext.check(TestNotes.SEED.toAbsolutePath());
        List<String> rules = result.findings().stream().map(Finding::rule).toList();
        assertTrue(rules.contains("glossary.forbidden") && rules.contains("asr.known-variant"), rules.toString());
        assertTrue(Bitext.glossary().size() > 300, "the curated glossary travels in the jar");
        assertEquals("built-in", Bitext.glossary().origin());
    }

    @Test
    void anEmptyGlossaryFindsNoGlossaryViolations() {
        CheckResult result = Bitext.check(TestNotes.SEED, Glossary.empty());
        assertTrue(result.findings().stream().noneMatch(f -> f.rule().startsWith("glossary.")), result.findings().toString());
    }

    @Test
    void alignAndExport() {
        assertEquals(20, Bitext.align(TestNotes.SEED).sections().stream().filter(s -> s.index() > 0).count());
        byte[] xliff = Bitext.export(TestNotes.SEED, "xliff");
        assertTrue(new String(xliff, StandardCharsets.UTF_8).contains("<xliff"));
    }

    @Test
    void theReadmeProgramCompilesAgainstTheLibraryAndPrintsFindings(@TempDir Path tmp) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher program = Pattern.compile("```java\n(import io\\.bitext\\.Bitext;.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(program.find(), "the README shows a program using the facade");
        String source = program.group(1);
        assertTrue(source.lines().count() <= 12, "a ten-line program: " + source.lines().count());
        Path file = tmp.resolve("CheckNote.java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = javac.run(null, null, errors, "-d", tmp.toString(), "-cp", System.getProperty("java.class.path"), file.toString());
        assertEquals(0, code, errors.toString(StandardCharsets.UTF_8));
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader())) {
            Method main = loader.loadClass("CheckNote").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {TestNotes.SEED.toString()});
        } finally {
            System.setOut(stdout);
        }
        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("16:11 error ‘O3’ is not the house style"), out);
    }
}
