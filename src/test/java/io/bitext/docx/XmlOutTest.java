package io.bitext.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlOutTest {
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    private static String text(XmlOut xml) {
        return new String(xml.bytes(), StandardCharsets.UTF_8).substring(DECLARATION.length());
    }

    @Test
    void escapesTextAndValuesAndClosesWhatIsOpen() {
        XmlOut xml = new XmlOut();
        xml.start("w", "p").attr("w", "val", "a \"b\" & <c>").empty("w", "b").start("w", "t").text("x < y && 中文 > z");
        assertEquals("<w:p w:val=\"a &quot;b&quot; &amp; &lt;c&gt;\"><w:b/><w:t>x &lt; y &amp;&amp; 中文 &gt; z</w:t></w:p>", text(xml));
    }

    @Test
    void keepsPairedSurrogatesAndRefusesWhatXmlCannotCarry() {
        XmlOut xml = new XmlOut();
        xml.start("t").text("𝑥 \uD835\uDC65");
        assertEquals("<t>𝑥 𝑥</t>", text(xml));
        assertThrows(IllegalArgumentException.class, () -> new XmlOut().start("t").text("bell \u0007"));
        assertThrows(IllegalArgumentException.class, () -> new XmlOut().start("t").attr(null, "v", "lone \uD835"));
        assertThrows(IllegalArgumentException.class, () -> new XmlOut().start("t").text("\uFFFE"));
    }

    @Test
    void anAttributeOutsideAStartTagIsAnError() {
        XmlOut xml = new XmlOut();
        xml.start("a").text("x");
        assertThrows(IllegalStateException.class, () -> xml.attr(null, "v", "1"));
    }
}
