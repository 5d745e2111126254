package io.bitext.cli;

import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.util.Elements;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Writes and compiles {@link CompiledSpecs}' implementation for {@code bitext} and every command it
 * registers. Maven runs it after compiling, on the classes folder, which the generated class joins:
 *
 * <pre>{@code
 * java -cp target/classes io.bitext.cli.SpecWriter target/generated-sources/specs target/classes
 * }</pre>
 *
 * Every build writes it again from the same classes, so the models cannot fall behind the annotations.
 */
public final class SpecWriter {
    private SpecWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SpecWriter <folder for the generated source> <classes folder>");
        }
        Path sources = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("SpecWriter needs a JDK's compiler");
        }
        Elements elements = ((JavacTask) compiler.getTask(null, null, null, List.of("-proc:none"), null, null)).getElements();
        SpecSource source = new SpecSource(elements::getConstantExpression);
        source.add(Main.class);
        for (String name : Main.COMMANDS) {
            if (!name.equals("help")) {
                source.add(Main.command(name).getClass());
            }
        }
        Path file = sources.resolve(CompiledSpecs.GENERATED.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.source(), StandardCharsets.UTF_8);
        List<String> options = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classes.toString(), "--release", "17",
                "-proc:none", "-nowarn", "-encoding", "UTF-8", "-XDstringConcat=inline"));
        options.add(file.toString());
        int code = compiler.run(null, null, null, options.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("the generated command models did not compile: " + file);
        }
        System.out.printf("command models: %d commands, %,d characters: %s%n", Main.COMMANDS.size(), Files.size(file), file);
    }
}
