package io.bitext.lsp;

import io.bitext.session.Session;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;

/**
 * One open note as last checked: the text the check saw, its session (note, alignment, findings) and
 * the diagnostics published for it. Hovers and code actions read this, so they agree with what the
 * editor underlines.
 *
 * @param text        the buffer's text at the check
 * @param session     the session, or null when the text is not a note Bitext can read
 * @param positions   offset ↔ protocol positions for {@code text}
 * @param diagnostics what was published
 */
record CheckedNote(String text, Session session, Positions positions, List<Diagnostic> diagnostics) {
}
