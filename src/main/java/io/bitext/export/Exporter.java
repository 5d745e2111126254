package io.bitext.export;

import io.bitext.session.Session;

/**
 * One output format of a note, the way an Okapi filter names its format: a name {@code run --formats}
 * and {@code export} take, the suffix of the file it writes beside the note's other outputs, and the
 * writing itself. A new format is one class and one line in {@link Exporters}.
 *
 * <pre>{@code
 * byte[] docx = Exporters.byName("docx").write(session, ExportOptions.defaults());
 * }</pre>
 */
public interface Exporter {

    /** The format's name on the command line: {@code docx}, {@code xliff}. */
    String name();

    /** The output file's ending after the note's stem: {@code .docx}, {@code .align.json}. */
    String suffix();

    /** One line for {@code --help}. */
    String description();

    /** The whole file. Reads the session's stages, which each run at most once per note. */
    byte[] write(Session session, ExportOptions options);
}
