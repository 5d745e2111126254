package io.bitext.align;

import io.bitext.text.TermKey;
import io.bitext.note.Excerpt;
import io.bitext.note.Block;
import io.bitext.note.Note;
import io.bitext.note.Part;
import io.bitext.note.Section;
import io.bitext.term.Extraction;
import io.bitext.term.TermExtractor;
import io.bitext.term.TermOccurrence;
import io.bitext.term.TermPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Aligns a note section by section with the English terms it keeps inline: which term stands where,
 * with which rendering, given in the section or inherited from the note's other glosses.
 *
 * <pre>{@code
 * Alignment alignment = Aligner.align(NoteReader.read(path));
 * for (SectionAlignment s : alignment.sections()) s.terms().forEach(t -> System.out.println(t.english() + " | " + t.rendering()));
 * }</pre>
 */
public final class Aligner {
    private final Note note;
    private final Extraction extraction;
    /** Term key → every occurrence that uses it, in source order. */
    private final Map<String, List<TermOccurrence>> byKey = new LinkedHashMap<>();
    /** Term key → the rendering a bare use inherits: decided once, since every section asks again. */
    private final Map<String, java.util.Optional<String>> inherited = new HashMap<>();
    /** Key of a short form (CoT) → the first pair that spells it out. */
    private final Map<String, TermOccurrence> shortForms = new HashMap<>();
    /** Block index → its occurrences: each section reads its own blocks, not the whole note's list. */
    private final Map<Integer, List<TermOccurrence>> byBlock = new HashMap<>();

    private Aligner(Note note, Extraction extraction) {
        this.note = note;
        this.extraction = extraction;
        for (TermOccurrence o : extraction.occurrences()) {
            byBlock.computeIfAbsent(o.block(), k -> new ArrayList<>()).add(o);
        }
        for (TermOccurrence o : extraction.terms()) {
            byKey.computeIfAbsent(TermKey.of(o.normalized()), k -> new ArrayList<>()).add(o);
            if (isShortFormPair(o)) {
                shortForms.putIfAbsent(TermKey.of(o.rendering()), o);
            }
        }
    }

    public static Alignment align(Note note) {
        return align(note, TermExtractor.extract(note));
    }

    public static Alignment align(Note note, Extraction extraction) {
        Aligner aligner = new Aligner(note, extraction);
        List<DocumentTerm> document = aligner.byKey.values().stream().map(aligner::documentTerm)
                .sorted(Comparator.comparingInt(DocumentTerm::count).reversed()
                        .thenComparing(DocumentTerm::english, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new Alignment(note.name(), note.title(), aligner.stretches(), document, extraction);
    }

    /** Cover and summary parts first (their blocks outside sections), then every section, in note order. */
    private List<SectionAlignment> stretches() {
        List<SectionAlignment> stretches = new ArrayList<>();
        for (Part part : note.parts()) {
            List<Block> loose = part.blocks();
            if (!loose.isEmpty() && part.heading() != null) {
                stretches.add(stretch(0, part.title(), null, part.title(), part.heading().span().line(),
                        blockIndexes(loose, part.heading())));
            }
            for (Section section : part.sections()) {
                stretches.add(stretch(section.index(), section.title(),
                        section.timeRange() == null ? null : section.timeRange().display(), section.partTitle(),
                        section.heading().span().line(), blockIndexes(section.allBlocks(), null)));
            }
        }
        return stretches;
    }

    private static TreeSet<Integer> blockIndexes(List<Block> blocks, Block heading) {
        TreeSet<Integer> indexes = blocks.stream().map(Block::index).collect(Collectors.toCollection(TreeSet::new));
        if (heading != null) {
            indexes.add(heading.index());
        }
        return indexes;
    }

    private SectionAlignment stretch(int index, String title, String timeRange, String part, int line,
                                     TreeSet<Integer> blocks) {
        Map<String, List<TermOccurrence>> here = new LinkedHashMap<>();
        List<Excerpt> quotes = new ArrayList<>();
        List<TermOccurrence> inBlocks = new ArrayList<>();
        blocks.forEach(b -> inBlocks.addAll(byBlock.getOrDefault(b, List.of())));
        inBlocks.sort(java.util.Comparator.comparingInt(o -> o.englishSpan().offset()));
        for (TermOccurrence o : inBlocks) {
            if (o.isTerm()) {
                here.computeIfAbsent(TermKey.of(o.normalized()), k -> new ArrayList<>()).add(o);
            } else {
                quotes.add(new Excerpt(o.english(), o.englishSpan()));
            }
        }
        List<AlignedTerm> terms = here.entrySet().stream().map(e -> alignedTerm(e.getKey(), e.getValue())).toList();
        return new SectionAlignment(index, title, timeRange, part, line, terms, quotes);
    }

    private AlignedTerm alignedTerm(String key, List<TermOccurrence> uses) {
        List<TermOccurrence> given = uses.stream().filter(TermOccurrence::isPair).toList();
        String english = mostUsed(uses, TermOccurrence::normalized);
        List<Excerpt> places = uses.stream().map(o -> new Excerpt(o.english(), o.englishSpan())).toList();
        if (!given.isEmpty()) {
            TermOccurrence first = preferChinese(given);
            List<Excerpt> renderingPlaces = given.stream().map(o -> new Excerpt(o.rendering(), o.renderingSpan())).toList();
            String rendering = mostUsed(given.stream().filter(o -> o.hasChineseRendering() == first.hasChineseRendering())
                    .toList(), TermOccurrence::rendering);
            return new AlignedTerm(english, rendering, RenderingSource.GIVEN, first.pattern(), uses.size(),
                    places, renderingPlaces);
        }
        String rendering = inherited.computeIfAbsent(key, k -> java.util.Optional.ofNullable(inheritedRendering(k))).orElse(null);
        return new AlignedTerm(english, rendering, rendering == null ? RenderingSource.NONE : RenderingSource.INHERITED,
                TermPattern.BARE, uses.size(), places, List.of());
    }

    /**
     * The rendering a bare term takes from the rest of the note: its most used Chinese rendering;
     * failing that, the other side of an abbreviation pair that names it ({@code CoT} →
     * {@code chain-of-thought}), with that side's Chinese rendering when it has one.
     */
    private String inheritedRendering(String key) {
        List<TermOccurrence> all = byKey.getOrDefault(key, List.of());
        List<TermOccurrence> chinese = all.stream().filter(TermOccurrence::hasChineseRendering).toList();
        if (!chinese.isEmpty()) {
            return mostUsed(chinese, TermOccurrence::rendering);
        }
        List<TermOccurrence> ownPairs = all.stream().filter(TermOccurrence::isPair).toList();
        if (!ownPairs.isEmpty()) {
            return withChinese(mostUsed(ownPairs, TermOccurrence::rendering));
        }
        TermOccurrence longForm = shortForms.get(key);
        return longForm == null ? null : withChinese(longForm.normalized());
    }

    private static boolean isShortFormPair(TermOccurrence o) {
        return o.pattern() == TermPattern.ABBREVIATION || o.pattern() == TermPattern.EXPANSION;
    }

    /** {@code chain-of-thought} or, when the note renders it, {@code chain-of-thought（思维链）}. */
    private String withChinese(String form) {
        List<TermOccurrence> chinese = byKey.getOrDefault(TermKey.of(form), List.of()).stream()
                .filter(TermOccurrence::hasChineseRendering).toList();
        return chinese.isEmpty() ? form : form + "（" + mostUsed(chinese, TermOccurrence::rendering) + "）";
    }

    private DocumentTerm documentTerm(List<TermOccurrence> uses) {
        Map<String, List<TermOccurrence>> forms = group(uses, TermOccurrence::english);
        Map<String, List<TermOccurrence>> renderings = group(uses.stream().filter(TermOccurrence::isPair).toList(),
                TermOccurrence::rendering);
        List<DocumentTerm.Form> formRows = forms.entrySet().stream()
                .map(e -> new DocumentTerm.Form(e.getKey(), e.getValue().size(), places(e.getValue())))
                .sorted(Comparator.comparingInt(DocumentTerm.Form::count).reversed()).toList();
        List<DocumentTerm.Rendering> renderingRows = renderings.entrySet().stream()
                .map(e -> new DocumentTerm.Rendering(e.getKey(), e.getValue().get(0).pattern(), e.getValue().size(),
                        e.getValue().stream().mapToDouble(TermOccurrence::confidence).max().orElse(0), places(e.getValue())))
                .sorted(Comparator.comparing((DocumentTerm.Rendering r) -> !r.isTranslation())
                        .thenComparing(Comparator.comparingInt(DocumentTerm.Rendering::count).reversed()))
                .toList();
        List<Integer> sections = uses.stream().map(TermOccurrence::section).distinct().sorted().toList();
        return new DocumentTerm(mostUsed(uses, TermOccurrence::normalized), formRows, renderingRows, uses.size(), sections);
    }

    private static List<Excerpt> places(List<TermOccurrence> uses) {
        return uses.stream().map(o -> new Excerpt(o.english(), o.englishSpan())).toList();
    }

    private static Map<String, List<TermOccurrence>> group(List<TermOccurrence> uses, Function<TermOccurrence, String> by) {
        Map<String, List<TermOccurrence>> groups = new LinkedHashMap<>();
        for (TermOccurrence o : uses) {
            groups.computeIfAbsent(by.apply(o), k -> new ArrayList<>()).add(o);
        }
        return groups;
    }

    /** The value most occurrences share; the first used wins a tie. */
    private static String mostUsed(List<TermOccurrence> uses, Function<TermOccurrence, String> by) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (TermOccurrence o : uses) {
            String value = by.apply(o);
            int n = counts.merge(value, 1, Integer::sum);
            if (best == null || n > counts.get(best)) {
                best = value;
            }
        }
        return best;
    }

    private static TermOccurrence preferChinese(List<TermOccurrence> given) {
        return given.stream().filter(TermOccurrence::hasChineseRendering).findFirst().orElse(given.get(0));
    }

}
