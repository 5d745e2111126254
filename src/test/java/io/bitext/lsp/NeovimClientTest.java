package io.bitext.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bitext.TestNotes;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor as the client: Neovim, headless, starts {@code bitext lsp} in a process of its own,
 * opens the seed and writes down the diagnostics it received, which must be the findings of
 * {@code bitext check --format json}. Skipped, with a message, where {@code nvim} is not installed.
 */
class NeovimClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SEVERITY = {"", "error", "warning", "info", "info"};

    @Test
    void neovimReceivesTheFindingsOfCheckJson(@TempDir Path dir) throws Exception {
        boolean present = onPath("nvim");
        if (!present) {
            System.out.println("SKIPPED: nvim is not installed (apt-get install neovim); the Neovim client test does not run");
        }
        assumeTrue(present, "nvim is absent");
        Path note = Files.copy(TestNotes.SEED, dir.resolve("seed.md"));
        Path init = dir.resolve("init.lua");
        try (InputStream lua = NeovimClientTest.class.getResourceAsStream("nvim-init.lua")) {
            Files.copy(lua, init);
        }
        Path out = dir.resolve("diagnostics.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> server = List.of(java, "-cp", System.getProperty("java.class.path"), "io.bitext.cli.Main", "lsp");
        ProcessBuilder nvim = new ProcessBuilder("nvim", "--headless", "-n", "-i", "NONE", "-u", init.toString(), note.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("nvim.log").toFile());
        nvim.environment().put("BITEXT_NVIM_OUT", out.toString());
        nvim.environment().put("BITEXT_LSP_CMD", JSON.writeValueAsString(server));
        Process process = nvim.start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "nvim finished");
        assertTrue(Files.exists(out), "nvim wrote the diagnostics: " + Files.readString(dir.resolve("nvim.log")));

        List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
        List<String> received = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode d = JSON.readTree(line);
            byte[] bytes = lines.get(d.get("lnum").asInt()).getBytes(StandardCharsets.UTF_8);
            assertEquals(d.get("lnum").asInt(), d.get("end_lnum").asInt(), "a finding stays on its line");
            String text = new String(Arrays.copyOfRange(bytes, d.get("col").asInt(), d.get("end_col").asInt()), StandardCharsets.UTF_8);
            assertEquals("bitext", d.get("source").asText());
            received.add(String.join(" | ", d.get("code").asText(), SEVERITY[d.get("severity").asInt()],
                    String.valueOf(d.get("lnum").asInt() + 1), text, d.get("message").asText()));
        }
        List<String> expected = LanguageServerTest.checkJson(note);
        assertTrue(expected.size() > 10);
        assertEquals(sorted(expected), sorted(received));
    }

    private static List<String> sorted(List<String> places) {
        return places.stream().sorted().toList();
    }

    private static boolean onPath(String tool) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
