package io.bitext.cli;

import io.bitext.error.BitextException;
import io.bitext.glossary.Glossary;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The glossary options every command that reads a glossary shares: the built-in one, plus or instead of the user's. */
final class GlossaryOptions {
    @Option(names = {"-g", "--glossary"}, paramLabel = "DIR|FILE",
            description = "A glossary folder or TSV file added to the built-in glossary (its concepts win on the same id).")
    Path glossary;

    @Option(names = "--glossary-only", description = "Use the -g glossary alone, without the built-in one.")
    boolean only;

    Glossary load() {
        if (only && glossary == null) {
            throw new BitextException("--glossary-only needs a glossary: -g DIR|FILE");
        }
        return Glossary.of(glossary, only);
    }
}
