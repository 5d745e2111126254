package io.bitext.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DigestsTest {
    @Test
    void theNameBasedIdIsTheJdksVersionThreeUuid() {
        for (String name : new String[] {"", "a", "3f2a9c0e5b7d", "中文 note"}) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            assertEquals(UUID.nameUUIDFromBytes(bytes), Digests.nameUuid(bytes), name);
        }
    }

    @Test
    void copiesOfTheDigestStartAfresh() throws Exception {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        MessageDigest first = Digests.sha256();
        first.update("something else".getBytes(StandardCharsets.US_ASCII));
        String expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertEquals(expected, HexFormat.of().formatHex(Digests.sha256().digest(abc)));
        assertEquals(expected, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(abc)));
    }
}
