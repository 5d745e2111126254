package io.bitext.error;

/**
 * A problem the user can fix: a missing file, an undecodable note, a malformed glossary row.
 *
 * <p>It is the one exception type that the command line turns into a single line on stderr and
 * exit code 2. Any other exception escaping the library is a bug.
 */
public class BitextException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BitextException(String message) {
        super(message);
    }

    public BitextException(String message, Throwable cause) {
        super(message, cause);
    }
}
