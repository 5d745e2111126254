package io.bitext.lsp;

import io.bitext.session.Setup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * LSP4J's client side connected to a {@link BitextLanguageServer} through in-memory pipes ({@link BytePipe}), so the tests speak the
 * real JSON-RPC protocol: every message is serialised and parsed as it would be between processes.
 */
final class TestClient implements LanguageClient, AutoCloseable {
    private final Map<String, BlockingQueue<List<Diagnostic>>> published = new ConcurrentHashMap<>();
    final LanguageServer server;
    private final CompletableFuture<Integer> serving;
    private final BytePipe toServer = new BytePipe();
    private final BytePipe toClient = new BytePipe();
    private int version = 1;

    TestClient(Setup setup, Path workspace) {
        try {
            serving = new BitextLanguageServer(setup, 0).serve(toServer.in, toClient.out);
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, toClient.in, toServer.out);
            launcher.startListening();
            server = launcher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            if (workspace != null) {
                init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "notes")));
            }
            server.initialize(init).get(60, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String uri(Path note) {
        return note.toAbsolutePath().normalize().toUri().toString();
    }

    void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", version++, text)));
    }

    void change(String uri, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version++),
                List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** The next diagnostics published for {@code uri} that satisfy {@code wanted}. */
    List<Diagnostic> diagnostics(String uri, Predicate<List<Diagnostic>> wanted) throws InterruptedException {
        BlockingQueue<List<Diagnostic>> queue = queue(uri);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            List<Diagnostic> next = queue.poll(1, TimeUnit.SECONDS);
            if (next != null && wanted.test(next)) {
                return next;
            }
        }
        throw new AssertionError("no matching diagnostics were published for " + uri);
    }

    List<Diagnostic> diagnostics(String uri) throws InterruptedException {
        return diagnostics(uri, d -> true);
    }

    private BlockingQueue<List<Diagnostic>> queue(String uri) {
        return published.computeIfAbsent(uri, k -> new LinkedBlockingQueue<>());
    }

    /** The text after the edits, applied from the last to the first so that earlier positions stay valid. */
    static String apply(String text, List<TextEdit> edits) {
        Positions positions = new Positions(new io.bitext.note.SourceText(text));
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt((TextEdit e) -> positions.offset(e.getRange().getStart())).reversed());
        StringBuilder out = new StringBuilder(text);
        for (TextEdit e : ordered) {
            out.replace(positions.offset(e.getRange().getStart()), positions.offset(e.getRange().getEnd()), e.getNewText());
        }
        return out.toString();
    }

    static int offset(String text, Position position) {
        return new Positions(new io.bitext.note.SourceText(text)).offset(position);
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        queue(params.getUri()).add(params.getDiagnostics());
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams params) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
        try {
            if (serving.get(30, TimeUnit.SECONDS) != 0) {
                throw new AssertionError("the server did not exit cleanly after shutdown");
            }
        } finally {
            // the ends of both streams, so that the two listening threads see them and stop
            toServer.out.close();
            toClient.out.close();
        }
    }
}
