package io.bitext.dict;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads ECDICT's {@code ecdict.csv} (columns {@code word, phonetic, definition, translation, pos, collins,
 * oxford, tag, bnc, frq, exchange, detail, audio}) into the entries the index keeps. Used at build time
 * only.
 *
 * <p>What is dropped, and why (ECDICT has 770,611 rows; the index keeps about a third):
 * <ul>
 *   <li>rows without a Chinese translation, or none left once {@link GlossSplitter} has taken out remarks
 *       and English-only text, unless they carry inflections: there is nothing to match a rendering against;
 *   <li>headwords of more than {@value #MAX_WORDS} words: idioms and sentences ({@code in the long run}),
 *       never a term a note glosses in brackets;
 *   <li>rows with no sign that a reader of these notes meets the word: not ranked by either frequency list,
 *       on no exam list, in neither Collins nor Oxford, with no inflections, no English (WordNet) definition
 *       and no computing ({@code [计]}) rendering. These are mostly rare terms of medicine, chemistry and law
 *       and names of places and people, two thirds of the file; keeping them would triple the index.
 *       Lower-case hyphenated compounds are kept all the same ({@code meta-analysis}), since terms are
 *       made that way from plain words.
 * </ul>
 * Of the columns, phonetic, definition, pos, detail and audio are not kept: nothing in a bilingual note
 * is checked against them.
 */
final class EcdictReader {
    static final int MAX_WORDS = 3;
    private static final String COMPUTING = "[计]";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private EcdictReader() {
    }

    /** The kept entries of the ECDICT CSV {@code csv}, in file order. */
    static List<DictEntry> read(Reader csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        List<DictEntry> entries = new ArrayList<>();
        for (CSVRecord row : format.parse(csv)) {
            String word = row.get("word").strip();
            String translation = row.get("translation").strip();
            if (word.isEmpty() || translation.isEmpty() || !isMet(row) || SPACES.split(word).length > MAX_WORDS) {
                continue;
            }
            DictEntry entry = Exchange.entry(word, GlossSplitter.split(translation),
                    rank(row.get("bnc")), rank(row.get("frq")), row.get("exchange").strip());
            if (!entry.glosses().isEmpty() || !entry.forms().isEmpty() || entry.isInflected()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static boolean isMet(CSVRecord row) {
        return rank(row.get("bnc")) > 0 || rank(row.get("frq")) > 0
                || !row.get("collins").isBlank() || !row.get("oxford").isBlank() || !row.get("tag").isBlank()
                || !row.get("exchange").isBlank() || !row.get("definition").isBlank()
                || row.get("translation").contains(COMPUTING) || isCompound(row.get("word").strip());
    }

    /** A lower-case hyphenated compound ({@code meta-analysis}): terms are made this way from plain words. */
    private static boolean isCompound(String word) {
        return word.indexOf('-') > 0 && word.indexOf(' ') < 0 && word.equals(word.toLowerCase(Locale.ROOT));
    }

    private static int rank(String column) {
        String digits = column.strip();
        if (digits.isEmpty()) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(digits));
        } catch (NumberFormatException notARank) {
            return 0;
        }
    }
}
