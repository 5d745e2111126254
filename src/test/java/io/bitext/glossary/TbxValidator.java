package io.bitext.glossary;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Validates TBX with the official schemas in {@code ../shared/schemas/tbx-basic}: the TBX core
 * structure (RELAX NG, with Jing) and the TBX-Basic dialect rules (ISO Schematron compiled to XSLT
 * by SchXslt, run by Saxon). Returns the problems found, empty when the document is valid.
 */
final class TbxValidator {
    static final Path SCHEMAS = Path.of("..", "shared", "schemas", "tbx-basic");
    private static final Pattern FAILED = Pattern.compile("<svrl:failed-assert[^>]*location=\"([^\"]*)\"[^>]*>\\s*<svrl:text>([^<]*)</svrl:text>");

    private final Processor saxon = new Processor(false);
    private final XsltExecutable schematron;

    TbxValidator() throws Exception {
        var compiler = saxon.newXsltCompiler();
        XsltExecutable pipeline = compiler.compile(new StreamSource(
                getClass().getClassLoader().getResource("xslt/2.0/pipeline-for-svrl.xsl").toString()));
        XsltTransformer compile = pipeline.load();
        compile.setSource(new StreamSource(SCHEMAS.resolve("TBX-Basic_DCA.sch").toFile()));
        XdmDestination compiled = new XdmDestination();
        compile.setDestination(compiled);
        compile.transform();
        schematron = compiler.compile(compiled.getXdmNode().asSource());
    }

    List<String> validate(byte[] tbx) throws Exception {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("RNG " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver jing = new ValidationDriver(properties.toPropertyMap());
        jing.loadSchema(ValidationDriver.uriOrFileInputSource(SCHEMAS.resolve("TBXcoreStructV03.rng").toString()));
        jing.validate(new InputSource(new ByteArrayInputStream(tbx)));

        XsltTransformer run = schematron.load();
        run.setSource(new StreamSource(new ByteArrayInputStream(tbx)));
        StringWriter svrl = new StringWriter();
        Serializer out = saxon.newSerializer(svrl);
        run.setDestination(out);
        run.transform();
        Matcher failed = FAILED.matcher(svrl.toString());
        while (failed.find()) {
            problems.add("Schematron " + failed.group(1) + ": " + failed.group(2).strip());
        }
        return problems;
    }

    static byte[] example() throws Exception {
        return Files.readAllBytes(SCHEMAS.resolve("Example_Astronomy_DCA_VALID.tbx"));
    }

}
