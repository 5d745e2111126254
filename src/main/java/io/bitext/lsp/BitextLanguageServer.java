package io.bitext.lsp;

import io.bitext.check.Checker;
import io.bitext.check.Example;
import io.bitext.check.Rule;
import io.bitext.note.NoteReader;
import io.bitext.session.Setup;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Bitext as a Language Server Protocol server: an editor that opens a Markdown note gets the check's
 * findings as diagnostics while the note is edited, the safe fixes as code actions, a term's glossary
 * entry and its renderings in the note on hover, and, when it opens a folder, what the folder's notes
 * render or spell differently. Every check goes through the same {@link Setup} and session as
 * {@code bitext check}, so the editor shows what the command line prints ({@code bitext.yaml} beside the
 * note included).
 *
 * <pre>{@code
 * BitextLanguageServer server = new BitextLanguageServer(Setup.defaults(), 250);
 * server.serve(System.in, System.out).get();   // until the client closes the stream
 * }</pre>
 */
public final class BitextLanguageServer implements LanguageServer, LanguageClientAware {
    private final WorkspaceNotes workspace;
    private final NoteDocuments documents;
    private final Setup setup;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();
    private volatile boolean shutDown;

    /** A server whose checks use {@code setup}, waiting {@code debounceMillis} after the last change of a note. */
    public BitextLanguageServer(Setup setup, long debounceMillis) {
        this.setup = setup;
        this.workspace = new WorkspaceNotes(setup);
        this.documents = new NoteDocuments(setup, workspace, debounceMillis);
    }

    /**
     * Serves one client over the streams until it closes them or sends {@code exit}; the future gives
     * the exit code the protocol asks for: 0 after a {@code shutdown} request, 1 otherwise.
     */
    public CompletableFuture<Integer> serve(InputStream in, OutputStream out) {
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(this, in, out);
        connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture.runAsync(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the stream broke: the client is gone, which ends the session as an exit would
            }
            exited.complete(shutDown ? 0 : 1);
        });
        return exited;
    }

    @Override
    public void connect(LanguageClient client) {
        documents.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        workspace.open(roots(params));
        warmUp();
            workspace.refresh(documents::recheckAll);
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Full);
        sync.setSave(new SaveOptions(false));
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(sync);
        capabilities.setHoverProvider(true);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.SourceFixAll)));
        String version = BitextLanguageServer.class.getPackage().getImplementationVersion();
        return CompletableFuture.completedFuture(new InitializeResult(capabilities,
                new ServerInfo("bitext", version == null ? "development" : version)));
    }

    @SuppressWarnings("deprecation") // rootUri: clients that predate workspace folders send only that
    private static List<Path> roots(InitializeParams params) {
        List<Path> roots = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
                addRoot(roots, folder.getUri());
            }
        }
        if (roots.isEmpty() && params.getRootUri() != null) {
            addRoot(roots, params.getRootUri());
        }
        return roots;
    }

    private static void addRoot(List<Path> roots, String uri) {
        Path path = NoteDocuments.path(uri);
        if (path != null && java.nio.file.Files.isDirectory(path)) {
            roots.add(path);
        }
    }

    /**
     * Checks every rule's examples a few times on the checker thread, before any note the client opens:
     * the first real check then runs compiled code with the models loaded, not the JVM's interpreter.
     */
    private void warmUp() {
        documents.executor().submit(() -> {
            for (int round = 0; round < 3; round++) {
                for (Rule rule : Checker.RULES) {
                    for (Example example : rule.examples()) {
                        setup.session(null, NoteReader.parse("warm-up.md", example.asNote())).check();
                    }
                }
            }
        });
    }

    @Override
    public void initialized(InitializedParams params) {
        // nothing to register dynamically: the capabilities were all given in the initialize result
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        documents.shutdown();
        workspace.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.complete(shutDown ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    private final WorkspaceService workspaceService = new WorkspaceService() {
        @Override
        public void didChangeConfiguration(org.eclipse.lsp4j.DidChangeConfigurationParams params) {
            // settings come from bitext.yaml beside the notes, read again at every check
        }

        @Override
        public void didChangeWatchedFiles(org.eclipse.lsp4j.DidChangeWatchedFilesParams params) {
            workspace.refresh(documents::recheckAll);
        }
    };

    /** The workspace's cross-note report as last read; for tests and status displays. */
    public io.bitext.report.CrossNoteReport crossNoteReport() {
        return workspace.report();
    }
}
