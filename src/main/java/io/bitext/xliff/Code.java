package io.bitext.xliff;

/**
 * Markup inside a unit that a translator must not break, kept with its original characters so the
 * merge can put them back: {@code **} opening bold, {@code ](https://…)} closing a link, a bare URL.
 *
 * @param id       unique in its unit; an opening and its closing code share it
 * @param role     opening, closing or standalone
 * @param kind     what the markup does
 * @param original the exact characters of the note
 */
public record Code(int id, Role role, Kind kind, String original) implements Part {

    public enum Role { OPEN, CLOSE, STANDALONE }

    public enum Kind {
        BOLD("bold", "xlf:b"), ITALIC("italic", "xlf:i"), HIGHLIGHT("x-highlight", "bitext:highlight"),
        LINK("link", "bitext:link"), CODE("x-code", "bitext:code"), URL("x-url", "bitext:url"), HTML("x-html", "bitext:html"),
        LINE_BREAK("lb", "xlf:lb");

        /** XLIFF 1.2 {@code ctype}. */
        public final String ctype;
        /** XLIFF 2 {@code subType}. */
        public final String subType;

        Kind(String ctype, String subType) {
            this.ctype = ctype;
            this.subType = subType;
        }
    }
}
