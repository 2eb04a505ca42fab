package org.jadepost.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every screen speaks Chinese and English: the bundles must agree and cover every key used. */
class MessageBundleTest {

  private static final Pattern KEY_IN_VIEW = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
  private static final Pattern KEY_IN_CODE =
      Pattern.compile("Messages\\.(?:info|error|text)\\(\\s*\"([a-zA-Z0-9_.]+)\"");
  private static final Pattern ERROR_CODE =
      Pattern.compile("Exception\\(\\s*\"([a-z][a-zA-Z0-9_.]+)\"");

  @Test
  void bundlesShouldHaveTheSameKeys() throws Exception {
    assertThat(load("messages_zh_CN.properties").stringPropertyNames())
        .isEqualTo(load("messages.properties").stringPropertyNames());
  }

  @Test
  void bundlesShouldDefineEveryKeyViewsAndBeansUse() throws Exception {
    Set<String> used = new TreeSet<>();
    collect(Path.of("src/main/webapp"), ".xhtml", KEY_IN_VIEW, used);
    collect(Path.of("src/main/java"), ".java", KEY_IN_CODE, used);
    used.removeIf(k -> k.endsWith(".")); // prefixes completed at runtime (edition., role. ...)

    assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
  }

  @Test
  void bundlesShouldTranslateEveryBusinessErrorCode() throws Exception {
    Set<String> codes = new TreeSet<>();
    collect(Path.of("../ejb/src/main/java"), ".java", ERROR_CODE, codes);
    Set<String> keys = load("messages_zh_CN.properties").stringPropertyNames();

    assertThat(codes).isNotEmpty();
    assertThat(codes.stream().map(c -> "error." + c)).allMatch(keys::contains);
  }

  @Test
  void bundlesShouldBeValidMessageFormats() throws Exception {
    for (String file : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
      Properties bundle = load(file);
      for (String key : bundle.stringPropertyNames()) {
        new MessageFormat(bundle.getProperty(key)).format(new Object[] {"x", "y"});
      }
    }
  }

  private static Properties load(String name) throws Exception {
    Properties properties = new Properties();
    try (InputStream in =
        MessageBundleTest.class.getResourceAsStream("/org/jadepost/web/" + name)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static void collect(Path root, String suffix, Pattern pattern, Set<String> into)
      throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
          into.add(m.group(1));
        }
      }
    }
  }
}
