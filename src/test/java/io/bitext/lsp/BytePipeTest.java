package io.bitext.lsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BytePipeTest {
    @Test
    void bytesWrittenByAThreadThatHasEndedCanStillBeReadAndTheReaderWaitsForMore() throws Exception {
        BytePipe pipe = new BytePipe();
        Thread writer = new Thread(() -> write(pipe, "first "));
        writer.start();
        writer.join();
        byte[] first = new byte[6];
        assertEquals(6, pipe.in.readNBytes(first, 0, 6));
        assertEquals("first ", new String(first, StandardCharsets.US_ASCII));

        // the last writer is gone and nothing is unread: a piped stream would say "Write end dead" here
        Thread later = new Thread(() -> {
            write(pipe, "second");
            try {
                pipe.out.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        later.start();
        assertEquals("second", new String(pipe.in.readAllBytes(), StandardCharsets.US_ASCII));
        assertEquals(-1, pipe.in.read());
    }

    @Test
    void aMessageLargerThanTheBufferArrivesWhole() throws Exception {
        BytePipe pipe = new BytePipe();
        byte[] big = new byte[200_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        pipe.out.write(big, 0, 10);
        pipe.in.readNBytes(10);
        pipe.out.write(big, 10, big.length - 10);
        pipe.out.close();
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        read.write(big, 0, 10);
        pipe.in.transferTo(read);
        assertArrayEquals(big, read.toByteArray());
    }

    private static void write(BytePipe pipe, String text) {
        try {
            pipe.out.write(text.getBytes(StandardCharsets.US_ASCII));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
