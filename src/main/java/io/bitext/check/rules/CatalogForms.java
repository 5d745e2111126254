package io.bitext.check.rules;

import io.bitext.check.CheckContext;
import io.bitext.glossary.Entry;
import io.bitext.glossary.FormIndex;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * The glossary's English name forms under two loose keys, and a linear scan of a text for the runs
 * of Latin words those keys find. The spelling key drops case, spaces and hyphens ({@code Lang Chain},
 * {@code langchain} and {@code LangChain} share {@code langchain}); the confusion key also reads the
 * letters and digits speech recognition and OCR mix up as one ({@code 0}/{@code O}/{@code o},
 * {@code 1}/{@code l}/{@code I}), so {@code GPT-4.0} and {@code Llama 3.l} find {@code GPT-4o} and
 * {@code Llama 3.1}.
 */
final class CatalogForms {
    private static final int LONGEST = 4;
    private static final CatalogKeys KEYS = new CatalogKeys();

    /** A run of words found under a key, and the entries whose forms share it. */
    record Hit(int start, int end, String text, List<Entry> entries) {
    }

    private final FormIndex index;

    private CatalogForms(FormIndex index) {
        this.index = index;
    }

    /** The glossary's names as {@link CatalogKeys} files them: filed by the build for the built-in glossary, else on first use. */
    static CatalogForms of(Glossary glossary) {
        return new CatalogForms(FormIndex.of(glossary, KEYS));
    }

    /** The entries whose forms have {@code key}, each once, in glossary order; null when none. */
    private List<Entry> entries(String key) {
        List<FormIndex.Posting> postings = index.get(key);
        if (postings.isEmpty()) {
            return null;
        }
        List<Entry> entries = new ArrayList<>(1);
        for (FormIndex.Posting posting : postings) {
            // by identity: an entry's forms arrive together, and a record's equals compares every list it holds
            if (entries.isEmpty() || entries.get(entries.size() - 1) != posting.entry()) {
                entries.add(posting.entry());
            }
        }
        return entries;
    }

    /** The entry's accepted English form with the same spelling key as {@code text}, the preferred one first. */
    static String formLike(Entry entry, String text) {
        String key = spellingKey(text);
        for (Entry.Form form : entry.forms()) {
            if (form.english() && form.status() != Status.FORBIDDEN && spellingKey(form.text()).equals(key)) {
                return form.text();
            }
        }
        return GlossaryLookup.preferredEnglish(entry);
    }

    /**
     * Whether two spellings of one key put a word break in different places between two letters:
     * {@code Lang Chain}/{@code LangChain}, {@code megatronLM}/{@code Megatron-LM}. A space for a
     * hyphen, or a break beside a digit ({@code Qwen 2}/{@code Qwen2}), is how names are written.
     */
    static boolean breaksDiffer(String a, String b) {
        return !letterBreaks(a).equals(letterBreaks(b));
    }

    private static java.util.Set<Integer> letterBreaks(String text) {
        java.util.Set<Integer> breaks = new java.util.HashSet<>();
        int index = 0; // position in the key
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '-') {
                if (i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
                    breaks.add(index);
                }
            } else {
                index++;
            }
        }
        return breaks;
    }

    static String spellingKey(String text) {
        return spellingKey(text, 0, text.length());
    }

    /** The spelling key of {@code text}'s characters from {@code start} to {@code end}. */
    private static String spellingKey(String text, int start, int end) {
        StringBuilder key = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '-') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /** {@code GPT-4.0} → {@code gpt4o}, {@code Llama 3.l} → {@code llama3.l}, {@code Llama 3.1} → {@code llama3.l}. */
    static String confusionKey(String text) {
        return confusionOf(spellingKey(text));
    }

    /** The confusion key of a text whose spelling key is {@code spelled}. */
    private static String confusionOf(String spelled) {
        StringBuilder key = new StringBuilder(spelled.length());
        for (int i = 0; i < spelled.length(); i++) {
            char c = spelled.charAt(i);
            char read = c == '0' ? 'o' : c == '1' || c == 'i' ? 'l' : c;
            boolean fourOh = c == '.' && i > 0 && Character.isDigit(spelled.charAt(i - 1)) && i + 1 < spelled.length()
                    && spelled.charAt(i + 1) == '0' && (i + 2 == spelled.length() || !Character.isLetterOrDigit(spelled.charAt(i + 2)));
            if (!fourOh) { // "4.0" said "four-oh" is 4o
                key.append(read);
            }
        }
        return key.toString();
    }

    /** Every longest run of up to four words of the note whose spelling key (or, with {@code confusion}, confusion key) names entries. */
    List<Hit> scan(CheckContext context, boolean confusion) {
        String text = context.note().text();
        List<Hit> hits = new ArrayList<>();
        for (int[][] tokens : context.shared(Runs.class, c -> Runs.of(c.note().text())).runs()) {
            for (int i = 0; i < tokens.length; ) {
                int taken = 0;
                for (int n = Math.min(LONGEST, tokens.length - i); n >= 1 && taken == 0; n--) {
                    int start = tokens[i][0];
                    int end = tokens[i + n - 1][1];
                    String spelled = spellingKey(text, start, end);
                    List<Entry> entries = entries(confusion ? CatalogKeys.confusion(confusionOf(spelled)) : CatalogKeys.spelling(spelled));
                    if (entries != null) {
                        hits.add(new Hit(start, end, text.substring(start, end), entries));
                        taken = n;
                    }
                }
                i += Math.max(1, taken);
            }
        }
        return hits;
    }

    /**
     * The runs of Latin words of one note, each as its words' [start, end) offsets: the spelling rule
     * and the letter–digit rule scan the same note, and finding the runs is most of a scan, so the
     * note's {@link CheckContext} keeps them for the second.
     */
    private record Runs(List<int[][]> runs) {
        /**
         * Latin words joined by one space or hyphen, not right after a word character, a dot, a slash,
         * a backslash, an at sign or a hyphen (a path, a URL or an e-mail address is not one):
         * {@code (?<![\w./\\@-])[A-Za-z0-9][A-Za-z0-9.+]*(?:[ -][A-Za-z0-9][A-Za-z0-9.+]*)*}; each
         * run's words are its matches of {@code [A-Za-z0-9](?:[A-Za-z0-9.+-]*[A-Za-z0-9+])?}. One loop
         * over the text finds them: a note is long and mostly not Latin.
         */
        static Runs of(String text) {
            List<int[][]> runs = new ArrayList<>();
            List<int[]> tokens = new ArrayList<>();
            int at = 0;
            while (at < text.length()) {
                if (!latin(text.charAt(at)) || at > 0 && joins(text.charAt(at - 1))) {
                    at++;
                    continue; // inside a word, a path, an address
                }
                int end = wordEnd(text, at);
                while (end + 1 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '-') && latin(text.charAt(end + 1))) {
                    end = wordEnd(text, end + 1);
                }
                tokens.clear();
                for (int word = at; word < end; ) { // hyphens bind: 2025-01-01-preview is one word, not 01-preview
                    if (!latin(text.charAt(word))) {
                        word++;
                        continue;
                    }
                    int last = word + 1;
                    while (last < end && (latin(text.charAt(last)) || text.charAt(last) == '.' || text.charAt(last) == '+' || text.charAt(last) == '-')) {
                        last++;
                    }
                    do {
                        last--; // back to the last letter, digit or plus: a word does not end in a dot or a hyphen
                    } while (last > word && !latin(text.charAt(last)) && text.charAt(last) != '+');
                    tokens.add(new int[] {word, last + 1});
                    word = last + 1;
                }
                runs.add(tokens.toArray(new int[0][]));
                at = end;
            }
            return new Runs(runs);
        }

        /** After {@code from}, a letter or digit, the end of {@code [A-Za-z0-9.+]*}. */
        private static int wordEnd(String text, int from) {
            int end = from + 1;
            while (end < text.length() && (latin(text.charAt(end)) || text.charAt(end) == '.' || text.charAt(end) == '+')) {
                end++;
            }
            return end;
        }

        private static boolean latin(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }

        /** {@code [\\w./\\\\@-]}: a character a run may not follow. */
        private static boolean joins(char c) {
            return latin(c) || c == '_' || c == '.' || c == '/' || c == '\\' || c == '@' || c == '-';
        }
    }
}
