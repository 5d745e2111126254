/**
 * An English–Chinese dictionary built into Bitext from ECDICT: the Chinese renderings of English words,
 * how common they are and how they inflect, so that a checker can tell a translation in brackets from
 * an explanation, an ordinary word from a name, and {@code went} from {@code go}.
 *
 * <pre>{@code
 * Dictionary dictionary = Dictionary.english();
 * if (dictionary.translationScore("reasoning", "推理") > 0.8) {
 *     // 推理 renders reasoning: a term pair
 * }
 * dictionary.lookup("models").map(DictEntry::lemma);   // Optional[model]
 * }</pre>
 *
 * <p>The index is written at build time by {@link io.bitext.dict.IndexBuilder} from ECDICT's CSV, which
 * never ships; {@link io.bitext.dict.Dictionary#english()} reads it on first use.
 */
package io.bitext.dict;
