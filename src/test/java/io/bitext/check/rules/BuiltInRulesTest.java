package io.bitext.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bitext.check.Checker;
import io.bitext.check.Rule;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuiltInRulesTest {

    @Test
    void everyRuleClassOfThePackageIsInTheSetOnce() throws IOException, URISyntaxException, ClassNotFoundException {
        Path folder = Path.of(BuiltInRules.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/bitext/check/rules");
        Set<String> classes = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class")) {
                    continue;
                }
                Class<?> type = Class.forName("io.bitext.check.rules." + name.substring(0, name.length() - 6));
                if (Rule.class.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                    classes.add(type.getName());
                }
            }
        }
        Set<String> listed = new BuiltInRules().rules().stream().map(r -> r.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(classes, listed);
        assertEquals(listed.size(), new BuiltInRules().rules().size(), "a rule is listed twice");
        assertEquals(listed.size(), Checker.RULES.size());
    }
}
