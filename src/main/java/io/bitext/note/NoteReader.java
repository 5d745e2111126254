package io.bitext.note;

import io.bitext.error.BitextException;
import io.bitext.io.InputFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads notes. The one-line entry point is {@link #read(Path)}; {@link #parse(String, String)} reads
 * text already in memory.
 */
public final class NoteReader {
    private final ReaderOptions options;

    public NoteReader(ReaderOptions options) {
        this.options = options;
    }

    public static Note read(Path path) {
        return new NoteReader(ReaderOptions.defaults()).readFile(path);
    }

    public static Note parse(String name, String text) {
        return new NoteReader(ReaderOptions.defaults()).parseText(name, text, NoteEncoding.UTF8);
    }

    /** A note from its bytes (as a file would hold them), decoded the way {@link #read(Path)} decodes. */
    public static Note parse(String name, byte[] bytes) {
        NoteDecoder.Decoded decoded = NoteDecoder.decode(bytes, name);
        return new NoteReader(ReaderOptions.defaults()).parseText(name, decoded.text(), decoded.encoding());
    }

    public Note readFile(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes = InputFiles.read(path, options.maxBytes(), "a note");
        NoteDecoder.Decoded decoded = NoteDecoder.decode(bytes, path.toString());
        try {
            return parseText(name, decoded.text(), decoded.encoding());
        } catch (BitextException e) {
            // the parse names the note by its file name; a command line names it by the path it was given
            String message = e.getMessage();
            throw message.startsWith(name + ":") && !name.equals(path.toString())
                    ? new BitextException(path + message.substring(name.length()), e) : e;
        }
    }

    /**
     * Reads the note from text in memory: the same limits hold as for a file (its size in UTF-8, and
     * the depth flexmark may recurse to, on a stack of its own), so a note that arrives inside an
     * XLIFF skeleton is bounded like one on disk.
     */
    public Note parseText(String name, String text, NoteEncoding encoding) {
        if (text.isBlank()) {
            throw new BitextException(name + ": the note is empty");
        }
        long bytes = utf8Length(text);
        if (bytes > options.maxBytes()) {
            throw new BitextException(name + ": " + InputFiles.size(bytes) + " is larger than the "
                    + InputFiles.size(options.maxBytes()) + " a note may have");
        }
        return DeepStack.run(name, () -> build(name, text, encoding));
    }

    private Note build(String name, String text, NoteEncoding encoding) {
        SourceText source = new SourceText(text);
        FrontMatter frontMatter = FrontMatterReader.read(source, name);
        int bodyStart = frontMatter == null ? 0 : frontMatter.span().end();
        String body = text.substring(bodyStart);
        IndentNesting.check(name, body, 1 + (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count());
        List<MarkdownScanner.Item> items = MarkdownScanner.scan(body, bodyStart);
        List<BlockBuilder.Entry> entries = new BlockBuilder(source, options).build(items, bodyStart);
        StructureBuilder.Result structure = new StructureBuilder(source, options).build(entries);
        return new Note(name, source, encoding, frontMatter, structure.parts(), structure.blocks());
    }

    /** Bytes of {@code text} in UTF-8, counted without encoding it. */
    static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }
}
