package io.bitext.bench;

import io.bitext.glossary.Entry;
import io.bitext.glossary.Glossary;
import io.bitext.match.CharFolding;
import io.bitext.match.WordBoundaries;
import java.util.ArrayList;
import java.util.List;

/** The baseline: every glossary form looked for with {@code indexOf}, one pass over the text per form. */
final class NaiveMatcher {
    private final List<String> forms = new ArrayList<>();

    NaiveMatcher(Glossary glossary) {
        for (Entry entry : glossary.entries()) {
            for (Entry.Form form : entry.forms()) {
                forms.add(CharFolding.fold(form.text()));
            }
        }
    }

    int count(String text) {
        String folded = CharFolding.fold(text);
        int count = 0;
        for (String form : forms) {
            boolean wordStart = CharFolding.isWordChar(form.charAt(0));
            boolean wordEnd = CharFolding.isWordChar(form.charAt(form.length() - 1));
            for (int at = folded.indexOf(form); at >= 0; at = folded.indexOf(form, at + 1)) {
                int end = at + form.length();
                if ((!wordStart || WordBoundaries.startsWord(folded, at)) && (!wordEnd || WordBoundaries.endsWord(folded, end))) {
                    count++;
                }
            }
        }
        return count;
    }
}
