package org.jadepost.adapter.ra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The {@code protocol/<protocol>/<State>/<Case>.test} scripts of the script tests, and their {@code
 * SPEC: name=value ...} lines, which set activation properties.
 */
final class Scripts {

  private Scripts() {}

  /** The scripts of {@code protocol}, as paths below its folder, sorted. */
  static Stream<String> of(String protocol) {
    try {
      Path root = Path.of(Scripts.class.getResource("/protocol/" + protocol).toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files
            .filter(f -> f.toString().endsWith(".test"))
            .map(f -> root.relativize(f).toString())
            .sorted()
            .toList()
            .stream();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The lines of one script. */
  static List<String> read(String protocol, String script) throws Exception {
    Path file = Path.of(Scripts.class.getResource("/protocol/" + protocol + "/" + script).toURI());
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  /** Hands every {@code name=value} of the script's SPEC lines to {@code property}. */
  static void spec(List<String> lines, BiConsumer<String, String> property) {
    lines.stream()
        .filter(l -> l.startsWith("SPEC:"))
        .flatMap(l -> Stream.of(l.substring(5).trim().split(" +")))
        .forEach(
            p -> property.accept(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1)));
  }
}
