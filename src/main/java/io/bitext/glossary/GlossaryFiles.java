package io.bitext.glossary;

import io.bitext.error.BitextException;
import io.bitext.text.TermKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Glossary files by format: which reader or writer a file name or a {@code --format} calls for. */
public final class GlossaryFiles {

    /**
     * {@code tbx}: TBX v3 (ISO 30042:2019); {@code tbx2}: TBX 2 {@code martif}, which OmegaT, memoQ and
     * MultiTerm read; {@code tsv}: the glossary's own file; {@code csv}: source, target and note, as CAT
     * tools import it; {@code fullcsv}: every column, for spreadsheets and import; {@code omegat}:
     * OmegaT's tab-separated glossary.
     */
    public enum Format { tbx, tbx2, tsv, csv, fullcsv, omegat }

    private GlossaryFiles() {
    }

    public static byte[] write(List<Entry> entries, Format format) {
        return switch (format) {
            case tbx -> TbxGlossary.write(entries);
            case tbx2 -> Tbx2Glossary.write(entries);
            case tsv -> TsvGlossary.write(entries).getBytes(StandardCharsets.UTF_8);
            case csv -> CatCsvGlossary.write(entries).getBytes(StandardCharsets.UTF_8);
            case fullcsv -> CsvGlossary.write(entries).getBytes(StandardCharsets.UTF_8);
            case omegat -> OmegaTGlossary.write(entries).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** Reads a glossary file of any format Bitext imports, chosen by its extension. */
    public static List<Entry> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new BitextException(file + ": no such file");
        }
        if (name.endsWith(".tbx") || name.endsWith(".xml")) {
            try (InputStream in = Files.newInputStream(file)) {
                return TbxGlossary.read(in, file.toString());
            } catch (IOException e) {
                throw new BitextException(file + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
        String text = GlossaryLoader.readUtf8(file);
        if (name.endsWith(".csv")) {
            return CsvGlossary.parse(text, file.toString());
        }
        if (name.endsWith(".tsv") || name.endsWith(".txt")) {
            return TsvGlossary.parse(text, file.toString());
        }
        throw new BitextException(file + ": unknown glossary format (expected .tbx, .csv or .tsv)");
    }

    /**
     * The text of {@code tsv} (or a new TSV when null or missing) with the new candidates appended as
     * rows. Existing rows are kept byte for byte, so a person's edits are never touched; a candidate
     * whose English the file already has is not appended again.
     *
     * @param text  the whole resulting file
     * @param added the English of the candidates appended
     */
    public record Appended(String text, Set<String> added) {
    }

    /** What to append, given the ids and English forms (as {@link TermKey}s) the file already has. */
    @FunctionalInterface
    public interface NewRows {
        List<Entry> excluding(Set<String> takenIds, Set<String> takenEnglish);
    }

    public static Appended append(Path tsv, NewRows newRows) {
        String existing = tsv != null && Files.isRegularFile(tsv) ? GlossaryLoader.readUtf8(tsv) : null;
        Set<String> ids = new HashSet<>();
        Set<String> english = new HashSet<>();
        if (existing != null) {
            for (Entry entry : TsvGlossary.parse(existing, tsv.toString())) {
                ids.add(entry.id());
                for (Entry.Form form : entry.forms()) {
                    if (form.english()) {
                        english.add(TermKey.of(form.text()));
                    }
                }
            }
        }
        List<Entry> fresh = newRows.excluding(ids, english);
        // the reader drops a byte-order mark; an editor that wrote one expects to find it again
        StringBuilder text = new StringBuilder(existing != null && startsWithBom(tsv) ? "\uFEFF" : "");
        if (existing == null) {
            text.append(String.join("\t", Column.headers())).append('\n');
        } else {
            text.append(existing);
            if (!existing.isEmpty() && !existing.endsWith("\n")) {
                text.append(existing.endsWith("\r") ? "\n" : System.lineSeparator().equals("\r\n") ? "\r\n" : "\n");
            }
        }
        Set<String> added = new HashSet<>();
        List<String> rows = new ArrayList<>();
        for (Entry entry : fresh) {
            rows.add(TsvGlossary.row(entry));
            added.add(entry.en());
        }
        rows.forEach(r -> text.append(r).append('\n'));
        return new Appended(text.toString(), added);
    }

    private static boolean startsWithBom(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        } catch (IOException e) {
            throw new BitextException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
