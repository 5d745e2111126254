package io.bitext.dict;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ECDICT's {@code exchange} column, {@code 0:model/1:s3} or {@code s:models/p:modelled}: slash-separated
 * {@code code:value} pairs. The index keeps this text form, which is shorter than any other.
 */
final class Exchange {
    private static final char LEMMA = '0';
    private static final char FORM_OF = '1';

    private Exchange() {
    }

    /** The entry for {@code word} with these glosses and ranks and the inflections {@code exchange} names. */
    static DictEntry entry(String word, List<Gloss> glosses, int bnc, int frq, String exchange) {
        Map<Inflection, String> forms = new EnumMap<>(Inflection.class);
        Set<Inflection> formOf = EnumSet.noneOf(Inflection.class);
        String lemma = null;
        for (String pair : exchange.split("/")) {
            if (pair.length() < 3 || pair.charAt(1) != ':') {
                continue;
            }
            char code = pair.charAt(0);
            String value = pair.substring(2).strip();
            if (code == LEMMA) {
                lemma = value;
            } else if (code == FORM_OF) {
                for (char kind : value.toCharArray()) {
                    Optional<Inflection> inflection = Inflection.ofCode(kind);
                    if (inflection.isPresent()) {
                        formOf.add(inflection.get());
                    }
                }
            } else if (!value.isEmpty()) {
                Optional<Inflection> inflection = Inflection.ofCode(code);
                if (inflection.isPresent()) {
                    forms.putIfAbsent(inflection.get(), value);
                }
            }
        }
        return new DictEntry(word, glosses, bnc, frq, forms, lemma, formOf);
    }

    /** The exchange text that {@link #entry} reads back into the same inflections. */
    static String format(DictEntry entry) {
        StringBuilder text = new StringBuilder();
        entry.forms().forEach((kind, form) -> append(text, kind.code(), form));
        if (entry.isInflected()) {
            append(text, LEMMA, entry.lemma());
        }
        if (!entry.formOf().isEmpty()) {
            StringBuilder kinds = new StringBuilder();
            entry.formOf().forEach(kind -> kinds.append(kind.code()));
            append(text, FORM_OF, kinds.toString());
        }
        return text.toString();
    }

    private static void append(StringBuilder text, char code, String value) {
        if (text.length() > 0) {
            text.append('/');
        }
        text.append(code).append(':').append(value);
    }
}
