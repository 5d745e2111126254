package io.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityTest {
    @Test
    void boundedDistanceIsTheDistanceUpToItsLimit() {
        Random random = new Random(7);
        for (int t = 0; t < 20000; t++) {
            String a = word(random);
            String b = word(random);
            int distance = Similarity.distance(a, b);
            for (int limit = 0; limit < 6; limit++) {
                assertEquals(Math.min(distance, limit + 1), Similarity.distanceWithin(a, b, limit), a + " / " + b + " within " + limit);
            }
        }
    }

    @Test
    void transpositionsCountOnce() {
        assertEquals(1, Similarity.distanceWithin("karpahty", "karpathy", 1));
        assertEquals(2, Similarity.distanceWithin("jon shulman", "john schulman", 3));
        assertEquals(2, Similarity.distanceWithin("mistral", "mattress", 1));
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(9); i > 0; i--) {
            word.append("abcab ".charAt(random.nextInt(6)));
        }
        return word.toString();
    }
}
