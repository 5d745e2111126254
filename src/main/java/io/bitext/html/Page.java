package io.bitext.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The frame every page shares: one self-contained file with its style and script inline. The
 * Content-Security-Policy allows no network at all, and only the page's own script by its hash: were
 * a note's {@code <script>} ever to slip past the escaping, the browser would still refuse to run it.
 */
final class Page {
    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'; script-src 'sha256-" + sha256(SCRIPT) + "'";

    private Page() {
    }

    /** The page around {@code body}; {@code script} adds the filters' script. */
    static String of(String title, String body, boolean script) {
        Html out = start(title);
        out.raw(body);
        return end(out, script);
    }

    /**
     * A writer holding the page's head and the opening of its body, for the body to be written into
     * it directly (rather than built apart and copied in); {@link #end} finishes the page.
     */
    static Html start(String title) {
        Html out = new Html();
        out.raw("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.open("meta", "http-equiv", "Content-Security-Policy", "content", POLICY).raw("\n");
        out.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.raw("<meta name=\"generator\" content=\"Bitext\">\n");
        out.element("title", title).raw("\n<style>").raw(STYLE).raw("</style>\n</head>\n<body>\n");
        return out;
    }

    /** The page {@code out} holds, closed; {@code script} adds the filters' script. */
    static String end(Html out, boolean script) {
        if (script) {
            out.raw("\n<script>").raw(SCRIPT).raw("</script>");
        }
        out.raw("\n</body>\n</html>\n");
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
