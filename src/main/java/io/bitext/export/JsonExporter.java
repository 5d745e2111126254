package io.bitext.export;

import io.bitext.export.json.StageJson;
import io.bitext.session.Session;
import java.util.function.Function;

/** The note's stages as JSON, for tools: its outline, its alignment, its check. */
abstract class JsonExporter implements Exporter {
    private final String name;
    private final String description;
    private final Function<Session, Object> stage;

    JsonExporter(String name, String description, Function<Session, Object> stage) {
        this.name = name;
        this.description = description;
        this.stage = stage;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String suffix() {
        return "." + name + ".json";
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public byte[] write(Session session, ExportOptions options) {
        return StageJson.bytes(stage.apply(session));
    }

    static final class OutlineJson extends JsonExporter {
        OutlineJson() {
            super("outline", "the note's sections as JSON", Session::outline);
        }
    }

    static final class AlignmentJson extends JsonExporter {
        AlignmentJson() {
            super("align", "the section-by-section alignment as JSON", Session::alignment);
        }
    }

    static final class CheckJson extends JsonExporter {
        CheckJson() {
            super("check", "the findings as JSON", Session::check);
        }
    }
}
