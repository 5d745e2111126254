package io.bitext.cli;

import java.io.IOException;
import java.io.InputStream;
import java.security.CodeSource;
import java.util.zip.CRC32;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands' picocli models, built with picocli's programmatic API by code that {@link SpecWriter}
 * writes from the annotations at build time. Reading the annotations at run time costs a cold start
 * most of its argument parsing: the JDK parses each one into a proxy class it spins on first use.
 */
interface CompiledSpecs {
    /** The generated implementation's name; absent where the build step did not run (classes compiled by an IDE). */
    String GENERATED = "io.bitext.cli.GeneratedSpecs";

    /** The model of this command object with its fields bound, or null for a class the build did not see. */
    CommandSpec of(Object command, IFactory factory);

    /** Whether these classes' files are still those the models were written from. */
    static boolean unchanged(String[] classes, long[] checksums) {
        if (inJar()) {
            return true; // Maven makes the jar after the step that wrote the models, from the same classes
        }
        for (int i = 0; i < classes.length; i++) {
            if (checksum(classes[i]) != checksums[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the classes run from a jar: reading their files back again would cost a cold start more than the models save. */
    private static boolean inJar() {
        CodeSource source = CompiledSpecs.class.getProtectionDomain().getCodeSource();
        return source != null && source.getLocation() != null && source.getLocation().getPath().endsWith(".jar");
    }

    /** The CRC-32 of a class's file, or -1 where it cannot be read. */
    static long checksum(Class<?> type) {
        return checksum(type.getName());
    }

    private static long checksum(String className) {
        try (InputStream in = CompiledSpecs.class.getClassLoader().getResourceAsStream(className.replace('.', '/') + ".class")) {
            if (in == null) {
                return -1;
            }
            CRC32 crc = new CRC32();
            crc.update(in.readAllBytes());
            return crc.getValue();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The generated models, or null when they are absent: the caller then reads the annotations. */
    static CompiledSpecs load() {
        try {
            return (CompiledSpecs) Class.forName(GENERATED).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
