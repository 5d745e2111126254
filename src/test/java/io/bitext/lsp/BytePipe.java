package io.bitext.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/**
 * A one-way pipe in memory between two threads, whose reading end blocks until bytes come or the
 * writing end is closed. Unlike {@link java.io.PipedInputStream}, it does not tie the pipe to the
 * thread that last wrote to it: the server answers some requests from its checker thread, which ends
 * at {@code shutdown}, and a piped stream then reports "Write end dead" to a reader that comes back
 * for the next message before the shutdown answer is written.
 */
final class BytePipe {
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private boolean closed;

    final InputStream in = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            synchronized (BytePipe.this) {
                while (start == end && !closed) {
                    try {
                        BytePipe.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("interrupted while reading the pipe");
                    }
                }
                if (start == end) {
                    return -1;
                }
                int n = Math.min(length, end - start);
                System.arraycopy(buffer, start, into, offset, n);
                start += n;
                return n;
            }
        }

        @Override
        public int available() {
            synchronized (BytePipe.this) {
                return end - start;
            }
        }

        @Override
        public void close() {
            BytePipe.this.close();
        }
    };

    final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] from, int offset, int length) throws IOException {
            synchronized (BytePipe.this) {
                if (closed) {
                    throw new IOException("the pipe is closed");
                }
                if (buffer.length - end < length) {
                    // compact first, grow only when the unread bytes and the new ones do not fit
                    int unread = end - start;
                    byte[] target = unread + length > buffer.length ? new byte[Math.max(buffer.length * 2, unread + length)] : buffer;
                    System.arraycopy(buffer, start, target, 0, unread);
                    buffer = target;
                    start = 0;
                    end = unread;
                }
                System.arraycopy(from, offset, buffer, end, length);
                end += length;
                BytePipe.this.notifyAll();
            }
        }

        @Override
        public void close() {
            BytePipe.this.close();
        }
    };

    private synchronized void close() {
        closed = true;
        notifyAll();
    }
}
