package io.bitext.cli;

import io.bitext.lsp.BitextLanguageServer;
import io.bitext.session.Setup;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Serve the Language Server Protocol over stdin/stdout: live checking of notes in an editor.")
final class LspCommand implements Callable<Integer> {
    @Mixin
    GlossaryOptions glossary;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: bitext.yaml beside each note).")
    Path config;

    @Option(names = "--debounce", paramLabel = "MS", description = "Check a note this long after the last change (default: 250).")
    long debounce = 250;

    @Override
    public Integer call() throws InterruptedException {
        Setup setup = Setup.builder().glossary(glossary.load()).config(config).build();
        // stdout carries the protocol: anything a library prints there would corrupt a message
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        try {
            return new BitextLanguageServer(setup, debounce).serve(System.in, protocol).get();
        } catch (ExecutionException e) {
            return 1;
        }
    }
}
