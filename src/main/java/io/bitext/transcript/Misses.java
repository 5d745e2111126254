package io.bitext.transcript;

import io.bitext.note.Block;
import io.bitext.note.Note;
import io.bitext.note.Section;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.bitext.text.Similarity;

/**
 * The section's names and terms its English stretch does not say, each with what the stretch says
 * in its place when that is a near miss: close in spelling or sound ({@code Matt Turck}), or, for a
 * speaker written {@code Jared Faraic（Jerry）}, a name in the English that starts with the alias
 * ({@code Jerry Tworek}). Names and capitalised terms are compared with the stretch's names by
 * spelling and sound; a lower-case phrase with the names it may be heard as ({@code cloud relations}
 * for {@code Claude Relations}); an acronym or a single lower-case word is not: too many ordinary words
 * sound alike. That is how the original catches mishearings the glossary does not know.
 */
final class Misses {
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+){0,2}\\b");

    private Misses() {
    }

    static List<Stretch.Miss> of(Note note, Section section, List<Anchors.Term> terms, List<Stretch.Anchor> found, String text) {
        if (text.isBlank()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher name = NAME.matcher(text);
        while (name.find()) {
            names.add(name.group());
        }
        List<Stretch.Miss> misses = new ArrayList<>();
        for (Block block : section.turns()) {
            var speaker = block.speaker();
            if (speaker != null && speaker.alias() != null && !Anchors.pattern(speaker.name()).matcher(text).find()) {
                String alias = speaker.alias();
                names.stream().filter(n -> n.startsWith(alias + " ") && !n.equals(speaker.name())).findFirst()
                        .ifPresent(n -> misses.add(new Stretch.Miss(speaker.name(), n, speaker.nameSpan().offset(), speaker.nameSpan().length())));
            }
        }
        for (Anchors.Term term : terms) {
            boolean said = found.stream().anyMatch(a -> a.term().equals(term.text()));
            boolean nameLike = Character.isUpperCase(term.text().charAt(0)) && term.text().length() >= 4 && !term.text().equals(term.text().toUpperCase(Locale.ROOT));
            boolean phrase = !nameLike && term.text().contains(" ") && term.text().equals(term.text().toLowerCase(Locale.ROOT));
            if (said || !nameLike && !phrase || misses.stream().anyMatch(m -> m.term().equals(term.text()))) {
                continue;
            }
            for (String candidate : names) {
                if (nameLike ? nearMiss(term.text(), candidate) : nameHeardAsWords(term.text(), candidate)) {
                    misses.add(new Stretch.Miss(term.text(), candidate, term.offset(), term.text().length()));
                    break;
                }
            }
        }
        return misses;
    }

    /**
     * A name of the original written as ordinary words that sound like it: {@code cloud relations}
     * for {@code Claude Relations}. The same number of words (two or more), one of them the same, each
     * other with the same first letter, sounding alike and within two edits (a third of a long word).
     */
    static boolean nameHeardAsWords(String phrase, String name) {
        String[] wa = phrase.split(" ");
        String[] wb = name.split(" ");
        if (wa.length != wb.length || wa.length < 2 || phrase.equalsIgnoreCase(name)) {
            return false;
        }
        int same = 0;
        for (int i = 0; i < wa.length; i++) {
            String a = wa[i];
            String b = wb[i].toLowerCase(Locale.ROOT);
            if (a.equals(b)) {
                same++;
            } else if (a.isEmpty() || a.charAt(0) != b.charAt(0) || !Similarity.soundAlike(a, b)
                    || Similarity.distance(a, b) > Math.max(2, Math.max(a.length(), b.length()) / 3)) {
                return false;
            }
        }
        return same > 0;
    }

    /** Same number of words, same first letter, each word within an edit or two and sounding alike. */
    static boolean nearMiss(String a, String b) {
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        String la = a.toLowerCase(Locale.ROOT);
        String lb = b.toLowerCase(Locale.ROOT);
        if (la.startsWith(lb + ".") || lb.startsWith(la + ".")) {
            return false; // Claude.ai is the site of Claude, not a mishearing of it
        }
        if (wa.length != wb.length || a.equalsIgnoreCase(b) || Character.toLowerCase(a.charAt(0)) != Character.toLowerCase(b.charAt(0))) {
            return false;
        }
        for (int i = 0; i < wa.length; i++) {
            boolean close = Similarity.soundAlike(wa[i], wb[i]) && Similarity.distance(wa[i], wb[i]) <= Math.max(1, wa[i].length() / 3);
            if (!wa[i].equalsIgnoreCase(wb[i]) && !close) {
                return false;
            }
        }
        return true;
    }
}
