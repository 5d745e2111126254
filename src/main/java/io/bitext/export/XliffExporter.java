package io.bitext.export;

import io.bitext.session.Session;
import io.bitext.xliff.PseudoTranslation;
import io.bitext.xliff.XliffExport;
import java.util.Map;

/** XLIFF 1.2 or 2.1 for CAT tools, the note itself travelling inside as the skeleton. */
final class XliffExporter implements Exporter {
    @Override
    public String name() {
        return "xliff";
    }

    @Override
    public String suffix() {
        return ".xlf";
    }

    @Override
    public String description() {
        return "XLIFF 1.2 or 2.1 for CAT tools, merged back losslessly by bitext import";
    }

    @Override
    public byte[] write(Session session, ExportOptions options) {
        var targets = options.pseudo() ? PseudoTranslation.of(session.units()) : Map.<String, java.util.List<java.util.List<io.bitext.xliff.Part>>>of();
        return XliffExport.write(session.note(), session.units(), session.bytes(), session.setup().matcher(), session.matches(),
                options.xliffVersion(), options.targetLang(), targets, options.targetCopies());
    }
}
