package io.bitext.docx;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The package's digests: the note's SHA-256 and the review data item's name-based id. Each is a copy
 * of a digest looked up once, as finding the provider's implementation cost more than hashing a note.
 * The prototypes are never updated, so copies may be taken from any thread.
 */
final class Digests {
    private static final MessageDigest SHA_256 = lookUp("SHA-256");
    private static final MessageDigest MD5 = lookUp("MD5");

    private Digests() {
    }

    static MessageDigest sha256() {
        return copy(SHA_256);
    }

    /**
     * {@link UUID#nameUUIDFromBytes}, the same id from a copied digest: a version 3 UUID, the MD5 of
     * {@code name} with the version and variant bits set as RFC 4122 says.
     */
    static UUID nameUuid(byte[] name) {
        byte[] md5 = copy(MD5).digest(name);
        md5[6] = (byte) (md5[6] & 0x0f | 0x30);
        md5[8] = (byte) (md5[8] & 0x3f | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(md5);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    private static MessageDigest copy(MessageDigest prototype) {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp(prototype.getAlgorithm()); // a provider whose digests cannot be copied
        }
    }

    private static MessageDigest lookUp(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
