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
        TreeSet<Integer> indexes = new TreeSet<>();
        for (Block block : blocks) {
            indexes.add(block.index());
        }
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
        List<AlignedTerm> terms = new ArrayList<>(here.size());
        here.forEach((key, uses) -> terms.add(alignedTerm(key, uses)));
        return new SectionAlignment(index, title, timeRange, part, line, terms, quotes);
    }

    private AlignedTerm alignedTerm(String key, List<TermOccurrence> uses) {
        List<TermOccurrence> given = pairs(uses);
        String english = mostUsed(uses, TermOccurrence::normalized);
        List<Excerpt> places = places(uses);
        if (!given.isEmpty()) {
            TermOccurrence first = preferChinese(given);
            List<Excerpt> renderingPlaces = new ArrayList<>(given.size());
            List<TermOccurrence> sameKind = new ArrayList<>(given.size());
            for (TermOccurrence o : given) {
                renderingPlaces.add(new Excerpt(o.rendering(), o.renderingSpan()));
                if (o.hasChineseRendering() == first.hasChineseRendering()) {
                    sameKind.add(o);
                }
            }
            String rendering = mostUsed(sameKind, TermOccurrence::rendering);
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
        List<TermOccurrence> chinese = withChineseRendering(all);
        if (!chinese.isEmpty()) {
            return mostUsed(chinese, TermOccurrence::rendering);
        }
        List<TermOccurrence> ownPairs = pairs(all);
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
        List<TermOccurrence> chinese = withChineseRendering(byKey.getOrDefault(TermKey.of(form), List.of()));
        return chinese.isEmpty() ? form : form + "（" + mostUsed(chinese, TermOccurrence::rendering) + "）";
    }

    private DocumentTerm documentTerm(List<TermOccurrence> uses) {
        Map<String, List<TermOccurrence>> forms = group(uses, TermOccurrence::english);
        Map<String, List<TermOccurrence>> renderings = group(pairs(uses), TermOccurrence::rendering);
        List<DocumentTerm.Form> formRows = new ArrayList<>(forms.size());
        forms.forEach((form, used) -> formRows.add(new DocumentTerm.Form(form, used.size(), places(used))));
        formRows.sort(FORM_ORDER); // a stable sort: equal counts keep their order of first use
        List<DocumentTerm.Rendering> renderingRows = new ArrayList<>(renderings.size());
        renderings.forEach((rendering, given) -> renderingRows.add(new DocumentTerm.Rendering(rendering,
                given.get(0).pattern(), given.size(), bestConfidence(given), places(given))));
        renderingRows.sort(RENDERING_ORDER);
        TreeSet<Integer> sections = new TreeSet<>();
        for (TermOccurrence o : uses) {
            sections.add(o.section());
        }
        return new DocumentTerm(mostUsed(uses, TermOccurrence::normalized), formRows, renderingRows, uses.size(),
                new ArrayList<>(sections));
    }

    private static final Comparator<DocumentTerm.Form> FORM_ORDER =
            Comparator.comparingInt(DocumentTerm.Form::count).reversed();
    private static final Comparator<DocumentTerm.Rendering> RENDERING_ORDER =
            Comparator.comparing((DocumentTerm.Rendering r) -> !r.isTranslation())
                    .thenComparing(Comparator.comparingInt(DocumentTerm.Rendering::count).reversed());

    private static double bestConfidence(List<TermOccurrence> given) {
        double best = Double.NEGATIVE_INFINITY;
        for (TermOccurrence o : given) {
            best = Math.max(best, o.confidence());
        }
        return best;
    }

    private static List<Excerpt> places(List<TermOccurrence> uses) {
        List<Excerpt> places = new ArrayList<>(uses.size());
        for (TermOccurrence o : uses) {
            places.add(new Excerpt(o.english(), o.englishSpan()));
        }
        return places;
    }

    private static List<TermOccurrence> pairs(List<TermOccurrence> uses) {
        List<TermOccurrence> pairs = new ArrayList<>();
        for (TermOccurrence o : uses) {
            if (o.isPair()) {
                pairs.add(o);
            }
        }
        return pairs;
    }

    private static List<TermOccurrence> withChineseRendering(List<TermOccurrence> uses) {
        List<TermOccurrence> chinese = new ArrayList<>();
        for (TermOccurrence o : uses) {
            if (o.hasChineseRendering()) {
                chinese.add(o);
            }
        }
        return chinese;
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
