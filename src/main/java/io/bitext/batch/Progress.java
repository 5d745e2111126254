package io.bitext.batch;

import java.io.PrintWriter;

/** Reports how far a batch is; on a terminal as a bar redrawn in place, elsewhere (logs, CI) not at all. */
public interface Progress {

    void done(int finished, int total, String note);

    default void close() {
    }

    static Progress none() {
        return (finished, total, note) -> { };
    }

    /** A bar on {@code err}, for a terminal. */
    static Progress bar(PrintWriter err) {
        return new Progress() {
            @Override
            public synchronized void done(int finished, int total, String note) {
                int width = 30;
                int filled = total == 0 ? width : finished * width / total;
                String name = note.length() > 40 ? note.substring(0, 39) + "…" : note;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + finished + "/" + total + " " + name
                        + " ".repeat(Math.max(0, 41 - name.length())));
                err.flush();
            }

            @Override
            public void close() {
                err.print("\r" + " ".repeat(90) + "\r");
                err.flush();
            }
        };
    }
}
