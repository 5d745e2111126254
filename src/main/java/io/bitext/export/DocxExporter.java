package io.bitext.export;

import io.bitext.docx.DocxExport;
import io.bitext.session.Session;

/** The side-by-side review document, the findings as comments. */
final class DocxExporter implements Exporter {
    @Override
    public String name() {
        return "docx";
    }

    @Override
    public String suffix() {
        return ".docx";
    }

    @Override
    public String description() {
        return "the bilingual side-by-side DOCX, findings as comments";
    }

    @Override
    public byte[] write(Session session, ExportOptions options) {
        return DocxExport.write(new DocxExport.Input(session.note(), session.alignment(), session.check(),
                session.setup().matcher(), session.translations().current(session.units()), session.english(), session.turns(),
                session.units(), session.blockTerms()), options.landscape());
    }
}
