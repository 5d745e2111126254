package io.bitext.note;

import io.bitext.error.BitextException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        try {
            if (Files.isDirectory(path)) {
                throw new BitextException(path + ": is a directory, not a note");
            }
            long size = Files.size(path);
            if (size > options.maxBytes()) {
                throw new BitextException(String.format("%s: %.1f MB is larger than the %.0f MB a note may have",
                        path, size / 1e6, options.maxBytes() / 1e6));
            }
            NoteDecoder.Decoded decoded = NoteDecoder.decode(Files.readAllBytes(path), path.toString());
            return parseText(name, decoded.text(), decoded.encoding());
        } catch (NoSuchFileException e) {
            throw new BitextException(path + ": no such file");
        } catch (IOException e) {
            throw new BitextException(path + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public Note parseText(String name, String text, NoteEncoding encoding) {
        if (text.isBlank()) {
            throw new BitextException(name + ": the note is empty");
        }
        SourceText source = new SourceText(text);
        FrontMatter frontMatter = FrontMatterReader.read(source, name);
        int bodyStart = frontMatter == null ? 0 : frontMatter.span().end();
        List<MarkdownScanner.Item> items = MarkdownScanner.scan(text.substring(bodyStart), bodyStart);
        List<BlockBuilder.Entry> entries = new BlockBuilder(source, options).build(items, bodyStart);
        StructureBuilder.Result structure = new StructureBuilder(source, options).build(entries);
        return new Note(name, source, encoding, frontMatter, structure.parts(), structure.blocks());
    }
}
