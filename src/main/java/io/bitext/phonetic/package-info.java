/** Sound keys for names: pinyin of Chinese characters, Double Metaphone of English words, edit distance. */
package io.bitext.phonetic;
