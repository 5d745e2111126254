package io.bitext.dict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One headword of the dictionary: its Chinese renderings, how frequent it is, and how it inflects.
 *
 * <pre>{@code
 * DictEntry went = Dictionary.english().lookup("went").orElseThrow();
 * went.lemma();    // "go"
 * went.formOf();   // [PAST]
 * DictEntry go = Dictionary.english().lookup("go").orElseThrow();
 * go.forms().get(Inflection.PAST_PARTICIPLE);   // "gone"
 * go.rank();       // OptionalInt[35]
 * }</pre>
 *
 * @param word     the headword as the dictionary spells it ({@code reasoning}, {@code Transformers})
 * @param glosses  its Chinese renderings in the dictionary's order, each once
 * @param bncRank  its rank in the British National Corpus frequency list, 0 when unranked
 * @param frqRank  its rank in the contemporary corpus frequency list ECDICT calls {@code frq}, 0 when unranked
 * @param forms    its inflected forms ({@code PAST → went} on {@code go})
 * @param lemma    the word it is a form of ({@code go} on {@code went}), the word itself when it is a lemma
 * @param formOf   which inflections of {@code lemma} it is ({@code [PLURAL, THIRD_PERSON]} on {@code models})
 */
public record DictEntry(String word, List<Gloss> glosses, int bncRank, int frqRank,
                        Map<Inflection, String> forms, String lemma, Set<Inflection> formOf) {

    public DictEntry {
        Objects.requireNonNull(word, "word");
        glosses = List.copyOf(glosses);
        forms = forms.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(forms));
        lemma = lemma == null || lemma.isBlank() ? word : lemma;
        EnumSet<Inflection> kinds = EnumSet.noneOf(Inflection.class);
        kinds.addAll(formOf);
        formOf = Collections.unmodifiableSet(kinds);
    }

    /** The renderings' texts alone, in order: {@code [推论, 推理, 论证]}. */
    public List<String> translations() {
        List<String> texts = new ArrayList<>(glosses.size());
        for (Gloss gloss : glosses) {
            texts.add(gloss.text());
        }
        return List.copyOf(texts);
    }

    /** The better of its two frequency ranks (1 = most frequent), empty when neither list ranks it. */
    public OptionalInt rank() {
        if (bncRank <= 0 && frqRank <= 0) {
            return OptionalInt.empty();
        }
        if (bncRank <= 0 || frqRank <= 0) {
            return OptionalInt.of(Math.max(bncRank, frqRank));
        }
        return OptionalInt.of(Math.min(bncRank, frqRank));
    }

    /** Whether this headword is an inflected form of another one. */
    public boolean isInflected() {
        return !lemma.equals(word);
    }
}
