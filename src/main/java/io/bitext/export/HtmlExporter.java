package io.bitext.export;

import io.bitext.html.HtmlReport;
import io.bitext.session.Session;

/** The report to read in a browser: the note beside its English, every finding in place. */
final class HtmlExporter implements Exporter {
    @Override
    public String name() {
        return "html";
    }

    @Override
    public String suffix() {
        return ".html";
    }

    @Override
    public String description() {
        return "a self-contained HTML report: the note beside its English, findings in place, filters";
    }

    @Override
    public byte[] write(Session session, ExportOptions options) {
        String path = session.path() == null ? session.note().name() : session.path().toString();
        String uri = session.path() == null ? null : session.path().toAbsolutePath().normalize().toUri().toString();
        return HtmlReport.write(new HtmlReport.Input(session.note(), session.alignment(), session.check(), session.setup().matcher(),
                session.translations().current(session.units()), session.english(), path, uri, session.blockTerms(),
                session.matches()));
    }
}
