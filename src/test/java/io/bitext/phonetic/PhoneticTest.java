package io.bitext.phonetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneticTest {

    @Test
    void pinyinIsOneTonelessSyllablePerCharacter() {
        assertEquals(List.of("yu", "bei", "chuan"), Pinyin.syllables("于北川"));
    }

    @Test
    void namesSoundAlikeWhenOneSyllableDiffersByOneLetter() {
        assertTrue(Pinyin.close("俞伟川", "于北川"));
        assertTrue(Pinyin.close("章三峰", "张三丰"));
    }

    @Test
    void differentNamesAndTheSameNameDoNotSoundAlike() {
        assertFalse(Pinyin.close("于北川", "于北川"));
        assertFalse(Pinyin.close("崔老师", "于北川"));
        assertFalse(Pinyin.close("俞伟", "于北川"));
    }

    @Test
    void doubleMetaphoneHearsSpellingsOfOneName() {
        assertTrue(SoundKey.alike("Erik", "Eric"));
        assertTrue(SoundKey.alike("Lessie", "Less"));
        assertFalse(SoundKey.alike("Lessie", "Mistral"));
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, Edits.distance("wei", "wei"));
        assertEquals(1, Edits.distance("wei", "bei"));
        assertEquals(2, Edits.distance("less", "lessie"));
        assertEquals(3, Edits.distance("", "abc"));
    }
}
