package org.jadepost.blackbox.mailbox;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The adapter's {@code protocol/<protocol>/<State>/<Case>.test} scripts (from its test-jar) for a
 * run against the real server, with the fixture of the in-memory listeners mapped onto a real user.
 *
 * <p>A script of the same path under this module's {@code src/test/resources/protocol} is a
 * real-server variant: it comes first on the class path and replaces the adapter's. Scripts only in
 * this module are added. {@link #forUser} rewrites the in-memory fixture's credentials ({@code
 * alice@example.org} or {@code alice}, password {@code secret}, also inside base64 SASL PLAIN
 * responses) into the real user's, the in-memory folders' UIDVALIDITY values (1000 INBOX, 1001
 * Sent, 1002 Trash) into the real ones, the in-memory Trash folder into the real {@code Deleted},
 * and the in-memory POP3 host name {@code mail.test} into any host name. Message contents are never
 * rewritten. Variants may use the placeholders {@code ${user}}, {@code ${password}}, {@code
 * ${password.length}} and {@code ${X*n}} (X repeated n times).
 */
final class RealScripts {

  private static final Pattern BASE64_TOKEN = Pattern.compile("[A-Za-z0-9+/]{8,}={0,2}");

  private RealScripts() {}

  /** The scripts of {@code protocol} (adapter's and this module's), as paths below its folder. */
  static Stream<String> of(String protocol) {
    TreeSet<String> names = new TreeSet<>();
    try {
      for (URL url :
          Collections.list(
              RealScripts.class.getClassLoader().getResources("protocol/" + protocol))) {
        URI uri = url.toURI();
        if (uri.getScheme().equals("jar")) {
          try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
            collect(jar.provider().getPath(uri), names);
          }
        } else {
          collect(Path.of(uri), names);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names.stream();
  }

  /** Whether {@code script} is a real-server variant of this module. */
  static boolean isVariant(String protocol, String script) {
    URL url = resource(protocol, script);
    return url.getProtocol().equals("file");
  }

  /** The lines of {@code script}: this module's variant if there is one, else the adapter's. */
  static List<String> read(String protocol, String script) throws IOException {
    try (var in = resource(protocol, script).openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /**
   * The lines of {@code script} if it can run against the real server, else a skipped test: when
   * {@code skipped} names it (with the reason), or when an adapter script (no variant here) starts
   * with one of {@code inMemoryOnly}'s directives, each mapped to the reason.
   */
  static List<String> runnable(
      String protocol, String script, Map<String, String> skipped, Map<String, String> inMemoryOnly)
      throws IOException {
    assumeFalse(skipped.containsKey(script), () -> skipped.get(script));
    List<String> lines = read(protocol, script);
    if (!isVariant(protocol, script)) {
      for (Map.Entry<String, String> directive : inMemoryOnly.entrySet()) {
        assumeFalse(
            lines.stream().anyMatch(l -> l.startsWith(directive.getKey())), directive.getValue());
      }
    }
    return lines;
  }

  /**
   * Maps the in-memory fixture onto {@code address} with {@code password}; {@code uidValidities}
   * are the real ones of INBOX, Sent and Trash.
   */
  static UnaryOperator<String> forUser(String address, String password, long... uidValidities) {
    UnaryOperator<String> credentials =
        text ->
            text.replace("alice@example.org", address)
                .replaceAll("(?i)^(USER) alice$", "$1 " + address)
                .replaceAll("(?i)^(PASS) secret$", "$1 " + password)
                .replace(" secret", " " + password)
                .replace("\0alice\0", "\0" + address + "\0")
                .replaceAll("\0alice$", "\0" + address)
                .replaceAll("\0secret$", "\0" + password);
    return original -> {
      String line = placeholders(original, address, password);
      if (line.startsWith("C: ")) {
        String command = line.substring(3);
        if (command.matches("(?i)[a-z0-9]+ LOGIN alice@example\\.org \\S+|(?i)(USER|PASS) \\S+")) {
          command = credentials.apply(command);
        } else {
          command = sasl(command, credentials);
        }
        return "C: " + uidValidities(command, uidValidities).replaceAll("\\bTrash\\b", "Deleted");
      }
      if (line.startsWith("S: ")) {
        return uidValidities(line, uidValidities)
            .replace("mail\\.test", "\\S+")
            .replaceAll("\"Trash\"", "\"Deleted\"");
      }
      return line;
    };
  }

  /**
   * Expands the placeholders of real-server variants: {@code ${user}}, {@code ${password}}, {@code
   * ${password.length}} and {@code ${X*n}} (the character X n times, for overlong lines).
   */
  private static String placeholders(String line, String address, String password) {
    Matcher repeat = Pattern.compile("\\$\\{(.)\\*(\\d+)\\}").matcher(line);
    String result =
        repeat.replaceAll(
            m -> Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
    return result
        .replace("${user}", address)
        .replace("${password}", password)
        .replace("${password.length}", String.valueOf(password.length()));
  }

  /** Rewrites every base64 token of {@code command} that decodes to a SASL PLAIN response. */
  private static String sasl(String command, UnaryOperator<String> credentials) {
    Matcher token = BASE64_TOKEN.matcher(command);
    StringBuilder out = new StringBuilder();
    while (token.find()) {
      String replacement = token.group();
      try {
        String decoded =
            new String(Base64.getDecoder().decode(token.group()), StandardCharsets.UTF_8);
        if (decoded.indexOf('\0') >= 0 && decoded.contains("alice")) {
          replacement =
              Base64.getEncoder()
                  .encodeToString(credentials.apply(decoded).getBytes(StandardCharsets.UTF_8));
        }
      } catch (IllegalArgumentException notBase64) {
        // an ordinary word
      }
      token.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    token.appendTail(out);
    return out.toString();
  }

  private static String uidValidities(String line, long... real) {
    String result = line;
    for (int i = 0; i < real.length; i++) {
      String fixture = String.valueOf(1000 + i);
      result =
          result.replaceAll(
              "(UIDVALIDITY |COPYUID |APPENDUID |QRESYNC \\()" + fixture + "\\b", "$1" + real[i]);
    }
    return result;
  }

  private static URL resource(String protocol, String script) {
    URL url = RealScripts.class.getResource("/protocol/" + protocol + "/" + script);
    if (url == null) {
      throw new IllegalArgumentException("no script " + protocol + "/" + script);
    }
    return url;
  }

  private static void collect(Path root, TreeSet<String> names) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      files
          .map(root::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith(".test"))
          .forEach(names::add);
    }
  }
}
