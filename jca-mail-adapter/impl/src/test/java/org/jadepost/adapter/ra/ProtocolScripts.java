package org.jadepost.adapter.ra;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds and reads the scripts under {@code src/test/resources/protocol/<protocol>}. */
final class ProtocolScripts {

  private ProtocolScripts() {}

  /** The scripts of {@code protocol} as {@code <State>/<Case>.test}, sorted. */
  static Stream<String> of(String protocol) throws IOException, URISyntaxException {
    Path root = Path.of(ProtocolScripts.class.getResource("/protocol/" + protocol).toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".test"))
          .map(f -> root.relativize(f).toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  /** The lines of one script. */
  static List<String> lines(String protocol, String script) throws IOException, URISyntaxException {
    return Files.readAllLines(
        Path.of(ProtocolScripts.class.getResource("/protocol/" + protocol + "/" + script).toURI()),
        StandardCharsets.UTF_8);
  }

  /** The {@code name=value} pairs of the script's {@code SPEC:} lines. */
  static Stream<String[]> spec(List<String> lines) {
    return lines.stream()
        .filter(l -> l.startsWith("SPEC:"))
        .flatMap(l -> Stream.of(l.substring(5).trim().split(" +")))
        .map(p -> new String[] {p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1)});
  }

  /** A non-loopback address of this host; scripts needing one are skipped where none exists. */
  static String nonLoopbackAddress() {
    try {
      Optional<String> address =
          NetworkInterface.networkInterfaces()
              .flatMap(NetworkInterface::inetAddresses)
              .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
              .filter(a -> !a.isLinkLocalAddress())
              .map(InetAddress::getHostAddress)
              .findFirst();
      assumeTrue(address.isPresent(), "no non-loopback IPv4 address");
      return address.get();
    } catch (SocketException e) {
      throw new IllegalStateException(e);
    }
  }
}
