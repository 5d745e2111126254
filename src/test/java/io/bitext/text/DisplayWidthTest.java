package io.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void everyCodePointIsAsWideAsIcuSaysItIs() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
            boolean icu = eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH;
            if (DisplayWidth.isWide(cp) != icu) {
                assertEquals(icu, DisplayWidth.isWide(cp), String.format("U+%04X", cp));
            }
        }
    }

    @Test
    void hanAndFullWidthTakeTwoColumnsLatinAndQuotesOne() {
        assertEquals(2 * 4 + 3 + 2 * 2, DisplayWidth.of("推理模型 o1（）"));
        assertEquals(4, DisplayWidth.of("“a”…"));
        assertEquals(1, DisplayWidth.of("e\u0301"));
    }
}
