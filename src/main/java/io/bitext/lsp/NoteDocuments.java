package io.bitext.lsp;

import io.bitext.error.BitextException;
import io.bitext.note.NoteReader;
import io.bitext.note.SourceText;
import io.bitext.session.Session;
import io.bitext.session.Setup;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The notes the editor has open. Each change is checked after a pause in typing (the debounce), on
 * one thread of its own, so checks never overlap and a burst of keystrokes costs one check; hovers
 * and code actions wait for the pending check of their note and then read its result.
 */
final class NoteDocuments implements TextDocumentService {
    private final Setup setup;
    private final WorkspaceNotes workspace;
    private final long debounceMillis;
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Map<String, CheckedNote> checked = new ConcurrentHashMap<>();
    private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(daemon("bitext-check"));
    private volatile LanguageClient client;

    NoteDocuments(Setup setup, WorkspaceNotes workspace, long debounceMillis) {
        this.setup = setup;
        this.workspace = workspace;
        this.debounceMillis = debounceMillis;
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    ExecutorService executor() {
        return checker;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        texts.put(uri, params.getTextDocument().getText());
        schedule(uri, 0);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        var changes = params.getContentChanges();
        if (!changes.isEmpty()) {
            // the server asks for full-text sync: the last change holds the whole buffer
            texts.put(uri, changes.get(changes.size() - 1).getText());
            schedule(uri, debounceMillis);
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        texts.remove(uri);
        checked.remove(uri);
        ScheduledFuture<?> waiting = pending.remove(uri);
        if (waiting != null) {
            waiting.cancel(false);
        }
        publish(uri, List.of());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        workspace.refresh(this::recheckAll);
    }

    /** Checks every open note again: the workspace's cross-note findings changed. */
    void recheckAll() {
        texts.keySet().forEach(uri -> schedule(uri, 0));
    }

    private void schedule(String uri, long delayMillis) {
        pending.compute(uri, (key, previous) -> {
            if (previous != null) {
                previous.cancel(false);
            }
            return checker.schedule(() -> check(key), delayMillis, TimeUnit.MILLISECONDS);
        });
    }

    /** Runs on the checker thread. */
    private CheckedNote check(String uri) {
        pending.remove(uri);
        String text = texts.get(uri);
        if (text == null) {
            return null;
        }
        CheckedNote result = checkText(uri, text);
        checked.put(uri, result);
        publish(uri, result.diagnostics());
        return result;
    }

    private CheckedNote checkText(String uri, String text) {
        Path path = path(uri);
        Positions positions = new Positions(new SourceText(text));
        try {
            String name = path == null || path.getFileName() == null ? "untitled.md" : path.getFileName().toString();
            Session session = setup.session(path, NoteReader.parse(name, text));
            List<Diagnostic> diagnostics = new ArrayList<>(Diagnostics.of(session.check(), positions, uri));
            diagnostics.addAll(workspace.diagnostics(path, session, positions));
            return new CheckedNote(text, session, positions, diagnostics);
        } catch (BitextException e) {
            if (text.isBlank()) {
                return new CheckedNote(text, null, positions, List.of());
            }
            // a bitext.yaml that cannot be read, say: the editor shows the one line the command line would print
            Diagnostic problem = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)), e.getMessage(),
                    DiagnosticSeverity.Error, Diagnostics.SOURCE, "bitext.input");
            return new CheckedNote(text, null, positions, List.of(problem));
        }
    }

    private void publish(String uri, List<Diagnostic> diagnostics) {
        LanguageClient target = client;
        if (target != null) {
            target.publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics));
        }
    }

    /** A file URI's path, or null for an unsaved buffer ({@code untitled:}). */
    static Path path(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Path.of(parsed).toAbsolutePath().normalize() : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The note as last checked, checking it first when a check is pending; null when it is not open. */
    private CheckedNote current(String uri) {
        ScheduledFuture<?> waiting = pending.get(uri);
        if (waiting != null || !checked.containsKey(uri)) {
            if (waiting != null) {
                waiting.cancel(false);
            }
            return check(uri);
        }
        return checked.get(uri);
    }

    private <T> CompletableFuture<T> onChecker(String uri, Function<CheckedNote, T> answer) {
        return CompletableFuture.supplyAsync(() -> {
            CheckedNote note = current(uri);
            return note == null || note.session() == null ? null : answer.apply(note);
        }, checker);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return onChecker(params.getTextDocument().getUri(), note -> HoverText.at(note, params.getPosition()));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        String uri = params.getTextDocument().getUri();
        return onChecker(uri, note -> FixActions.of(note, uri, params.getContext().getDiagnostics())).thenApply(
                actions -> actions == null ? List.of() : actions);
    }

    void shutdown() {
        checker.shutdownNow();
    }
}
