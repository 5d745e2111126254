package io.bitext;

import io.bitext.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process: exit code, standard output, standard error. */
public final class TestCli {

    private TestCli() {
    }

    public static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }
}
