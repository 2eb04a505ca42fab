package org.jadepost.blackbox.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.ListeningSockets;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Secure by default: with {@code JADEPOST_BIND=127.0.0.1} nothing the server opens (HTTP, probe,
 * JMX and its RMI helpers, Hazelcast, an H2 server, JMS, an admin listener) is reachable from
 * another machine. Reads the kernel's socket tables, so it sees ports no configuration mentions.
 */
@ExtendWith(SharedJadepost.class)
@EnabledOnOs(OS.LINUX)
class LoopbackBindingIT {

  @Test
  void everyListeningSocketShouldBeBoundToLoopback(JadepostProcess server) {
    List<ProcessHandle> jvms = server.javaProcesses();
    assertThat(jvms).as("the JVM started by bin/jadepost").isNotEmpty();

    List<InetSocketAddress> listening =
        jvms.stream().flatMap(jvm -> ListeningSockets.of(jvm.pid()).stream()).toList();

    assertThat(listening)
        .extracting(InetSocketAddress::getPort)
        .as("the sockets found must include the known ones, or the scan saw nothing")
        .contains(server.ports().http(), server.ports().probe(), server.ports().jmx());
    assertThat(listening)
        .as("listening sockets not bound to loopback")
        .filteredOn(address -> !address.getAddress().isLoopbackAddress())
        .isEmpty();
  }
}
