package io.bitext.export;

import io.bitext.error.BitextException;

/**
 * The choices an export leaves to the user.
 *
 * @param xliffVersion {@code 1.2} (what most CAT tools import) or {@code 2.1}
 * @param targetLang   the language translators translate into
 * @param pseudo       fill XLIFF targets with a pseudo-translation, to test a round trip
 * @param landscape    DOCX pages in landscape
 * @param targetCopies XLIFF 1.2 units not yet translated carry a copy of the source as their target,
 *                     marked {@code needs-translation}, which OmegaT and other CAT tools need to offer them
 */
public record ExportOptions(String xliffVersion, String targetLang, boolean pseudo, boolean landscape, boolean targetCopies) {

    public ExportOptions {
        if (!xliffVersion.equals("1.2") && !xliffVersion.equals("2.1")) {
            throw new BitextException("--xliff-version takes 1.2 or 2.1, not '" + xliffVersion + "'");
        }
    }

    public static ExportOptions defaults() {
        return new ExportOptions("1.2", "en", false, false, true);
    }
}
