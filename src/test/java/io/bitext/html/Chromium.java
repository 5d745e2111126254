package io.bitext.html;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, as the tests drive it: a fresh profile each time, no network chatter,
 * {@code --dump-dom} (the DOM after the page's scripts ran) and {@code --screenshot}. A test that
 * needs it is skipped, with the reason shown, where it is not installed.
 */
final class Chromium {
    private static final Path BINARY = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    static void assumeInstalled() {
        boolean present = Files.isExecutable(BINARY);
        if (!present) {
            System.out.println("SKIPPED: " + BINARY + " is absent (apt-get install chromium); the browser tests do not run");
        }
        assumeTrue(present, BINARY + " is absent");
    }

    /** The DOM of {@code page} (with {@code fragment}, e.g. {@code #severity=error}) once its scripts ran. */
    static String dumpDom(Path page, String fragment) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", page.toUri() + fragment), page.getParent());
    }

    /** A PNG of {@code page} at {@code width}×{@code height}. */
    static Path screenshot(Path page, String fragment, int width, int height, Path png) throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height, "--hide-scrollbars",
                page.toUri() + fragment), page.getParent());
        return png;
    }

    private static String run(List<String> what, Path workDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("bitext-chromium");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(what);
        Path log = Files.createTempFile("bitext-chromium", ".log");
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        // a safety net against a hung browser, not a measure of speed
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish: " + Files.readString(log));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("chromium exited with " + process.exitValue() + ": " + Files.readString(log));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
