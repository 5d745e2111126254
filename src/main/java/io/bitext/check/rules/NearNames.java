package io.bitext.check.rules;

import io.bitext.dict.Dictionary;
import static io.bitext.phonetic.NameLikeness.allowedEdits;
import static io.bitext.phonetic.NameLikeness.close;
import static io.bitext.phonetic.NameLikeness.isName;
import static io.bitext.phonetic.NameLikeness.ordinaryWords;
import static io.bitext.phonetic.NameLikeness.relative;
import io.bitext.glossary.Entry;
import io.bitext.glossary.FormIndex;
import io.bitext.glossary.Glossary;
import io.bitext.phonetic.Edits;
import io.bitext.phonetic.SoundKey;
import io.bitext.text.Similarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The glossary's names, and how a written name is judged a near-miss of one of them. Two ways: the
 * whole name close in spelling and in sound ({@code Jon Shulman} for John Schulman), or every word
 * but one written exactly and the one left sounding alike ({@code Lama 3} for Llama 3,
 * {@code Hugging Phase} for Hugging Face). A near-miss made only of ordinary English words
 * ({@code Mistrial}, {@code Lama}) is a word the writer may have meant: it counts only where the
 * note names the same family of things nearby ({@link FamilyContext}).
 */
final class NearNames {
    private static final NearNameKeys KEYS = new NearNameKeys();

    /** A glossary name form and its concept. */
    record Name(String form, Entry entry) {
    }

    /** The name a written one misses, and whether only nearby names of its family make it a slip. */
    record Miss(Name name, boolean needsContext) {
    }

    /** A whole name to compare written ones with, and what the comparison needs of it, derived once. */
    private record Candidate(Name name, String lower, String spelling, char initial) {
    }

    /** The last glossary's names: a run checks every note against one glossary. */
    private static volatile NearNames last;

    private final FormIndex index;
    /** The whole names by {@link NearNameKeys#initial}, made on the first name written with that letter. */
    private final Map<String, Wholes> wholes = new ConcurrentHashMap<>();

    private NearNames(FormIndex index) {
        this.index = index;
    }

    /** The glossary's names as {@link NearNameKeys} files them: filed by the build for the built-in glossary, else on first use. */
    static NearNames of(Glossary glossary) {
        FormIndex index = FormIndex.of(glossary, KEYS);
        NearNames known = last;
        if (known == null || known.index != index) {
            known = new NearNames(index);
            last = known;
        }
        return known;
    }

    /** Whether the glossary has this form (any case, any status): a known form is no near-miss. */
    boolean known(String written) {
        return index.contains(NearNameKeys.known(written));
    }

    /** The glossary name {@code written} most likely misses, if any. */
    Optional<Miss> closest(String written) {
        Optional<Miss> byWhole = isName(written) ? closestWhole(written) : Optional.empty();
        return byWhole.isPresent() && !byWhole.get().needsContext() ? byWhole : closestByWords(written).or(() -> byWhole);
    }

    private Optional<Miss> closestWhole(String written) {
        Miss best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = written.toLowerCase(Locale.ROOT);
        String spelling = CatalogForms.spellingKey(written);
        char initial = Character.toLowerCase(written.charAt(0));
        Wholes all = wholes.computeIfAbsent(NearNameKeys.initial(written), this::candidates);
        for (int index : all.ofLengthNear(written.length())) {
            Candidate candidate = all.candidates[index];
            Name name = candidate.name();
            // NameLikeness.mayBeClose, with the name's side of it derived once
            int allowed = allowedEdits(written, name.form());
            if (candidate.initial() != initial || Math.abs(written.length() - name.form().length()) > allowed
                    || spelling.equals(candidate.spelling())) {
                continue; // not close, or only split, joined or cased another way: glossary.catalog-spelling's
            }
            // a distance past the edits allowed or past the best so far is skipped whatever it is
            int limit = Math.min(bestDistance, allowed);
            int distance = Similarity.distanceWithin(lower, candidate.lower(), limit);
            if (distance == 0 || distance > limit || !close(written, name.form(), distance) || relative(written, name.form())) {
                continue;
            }
            boolean needsContext = ordinaryWords(written, name.form());
            // the first form of the nearest: an entry lists its preferred form first
            if (distance < bestDistance || best.needsContext() && !needsContext) {
                best = new Miss(name, needsContext);
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Every word of the name written exactly but one, which sounds alike: the exact words are the
     * evidence, so the misheard word may be an English word ({@code Phase}). Exact words that are
     * all ordinary English ({@code Open}) are weak evidence: then the family must be nearby.
     */
    private Optional<Miss> closestByWords(String written) {
        String[] words = written.split(" ");
        if (words.length < 2 || words.length > 4) {
            return Optional.empty();
        }
        for (int i = 0; i < words.length; i++) {
            for (Name name : names(NearNameKeys.word(words.length, i, words[i]))) {
                Optional<Miss> miss = oneWordMissed(words, name);
                if (miss.isPresent()) {
                    return miss;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Miss> oneWordMissed(String[] words, Name name) {
        String[] right = name.form().split(" ");
        int missed = -1;
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equalsIgnoreCase(right[i])) {
                if (missed >= 0) {
                    return Optional.empty();
                }
                missed = i;
            }
        }
        if (missed < 0 || !soundsLikeWord(words[missed], right[missed])) {
            return Optional.empty();
        }
        boolean strongAnchor = false; // asked only of a miss: most names fail on their words first
        for (int i = 0; i < words.length; i++) {
            if (i != missed) {
                strongAnchor |= right[i].chars().anyMatch(Character::isDigit) || !Dictionary.english().isCommonWord(right[i]);
            }
        }
        return Optional.of(new Miss(name, !strongAnchor));
    }

    /** Letters only, capitalised as the name's word is, three letters or more, alike in sound and not far in spelling. */
    private static boolean soundsLikeWord(String heard, String word) {
        if (heard.length() < 3 || !heard.chars().allMatch(Character::isLetter) || !word.chars().allMatch(Character::isLetter)
                || Character.isUpperCase(heard.charAt(0)) != Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        int distance = Edits.distance(heard.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT));
        return SoundKey.alike(heard, word) && distance <= Math.max(heard.length(), word.length()) - 2;
    }

    private Wholes candidates(String key) {
        List<Name> names = names(key);
        Candidate[] candidates = new Candidate[names.size()];
        for (int i = 0; i < candidates.length; i++) {
            String form = names.get(i).form();
            candidates[i] = new Candidate(names.get(i), form.toLowerCase(Locale.ROOT), CatalogForms.spellingKey(form),
                    Character.toLowerCase(form.charAt(0)));
        }
        return new Wholes(candidates);
    }

    /**
     * The whole names of one initial, in glossary order, and by their length: a written name is
     * compared only with names whose length is within the edits allowed, which turns away most.
     */
    private static final class Wholes {
        final Candidate[] candidates;
        /** The candidates' indexes by the length of their form, ascending. */
        private final int[][] byLength;

        Wholes(Candidate[] candidates) {
            this.candidates = candidates;
            int longest = 0;
            for (Candidate candidate : candidates) {
                longest = Math.max(longest, candidate.name().form().length());
            }
            int[] counts = new int[longest + 1];
            for (Candidate candidate : candidates) {
                counts[candidate.name().form().length()]++;
            }
            byLength = new int[longest + 1][];
            for (int length = 0; length <= longest; length++) {
                byLength[length] = new int[counts[length]];
                counts[length] = 0;
            }
            for (int i = 0; i < candidates.length; i++) {
                int length = candidates[i].name().form().length();
                byLength[length][counts[length]++] = i;
            }
        }

        /**
         * The indexes, ascending, of the candidates no more edits longer or shorter than a name of
         * {@code length} may be ({@link io.bitext.phonetic.NameLikeness#allowedEdits}); a longer one
         * may be a sixth longer at most, so the lengths past {@code length + length / 5 + 2} are not asked.
         */
        int[] ofLengthNear(int length) {
            int from = Math.max(0, length - Math.max(1, length / 6));
            int to = Math.min(byLength.length - 1, length + length / 5 + 2);
            int count = 0;
            for (int other = from; other <= to; other++) {
                if (near(length, other)) {
                    count += byLength[other].length;
                }
            }
            int[] indexes = new int[count];
            int at = 0;
            for (int other = from; other <= to; other++) {
                if (near(length, other)) {
                    System.arraycopy(byLength[other], 0, indexes, at, byLength[other].length);
                    at += byLength[other].length;
                }
            }
            java.util.Arrays.sort(indexes); // glossary order: the first form of the nearest wins
            return indexes;
        }

        private static boolean near(int length, int other) {
            return Math.abs(length - other) <= Math.max(1, Math.max(length, other) / 6);
        }
    }

    private List<Name> names(String key) {
        List<Name> names = new ArrayList<>();
        for (FormIndex.Posting posting : index.get(key)) {
            names.add(new Name(posting.form().text(), posting.entry()));
        }
        return names;
    }
}
