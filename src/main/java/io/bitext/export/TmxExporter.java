package io.bitext.export;

import io.bitext.session.Session;
import io.bitext.xliff.TmxWriter;

/** A translation memory of the note's term pairs (translations only) and of its translated units. */
final class TmxExporter implements Exporter {
    @Override
    public String name() {
        return "tmx";
    }

    @Override
    public String suffix() {
        return ".tmx";
    }

    @Override
    public String description() {
        return "TMX of the aligned term pairs and the imported translations";
    }

    @Override
    public byte[] write(Session session, ExportOptions options) {
        return TmxWriter.write(session.alignment(), session.translations().asPairs(), options.targetLang());
    }
}
