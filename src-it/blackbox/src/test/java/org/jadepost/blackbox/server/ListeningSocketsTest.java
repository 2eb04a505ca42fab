package org.jadepost.blackbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class ListeningSocketsTest {

  @Test
  void parseShouldReadLoopbackListenerFromTcpTable() throws Exception {
    ListeningSockets.Entry entry =
        ListeningSockets.parse(
                "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000"
                    + "     0        0 30247 1 00000000ddad2084 100 0 0 10 0")
            .orElseThrow();

    assertThat(entry.local().getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
    assertThat(entry.local().getPort()).isEqualTo(8080);
    assertThat(entry.listening()).isTrue();
    assertThat(entry.inode()).isEqualTo(30247L);
  }

  @Test
  void parseShouldSeeWildcardAndEstablishedStates() {
    ListeningSockets.Entry entry =
        ListeningSockets.parse(
                "   1: 00000000:07E8 0100007F:9C40 01 00000000:00000000 00:00000000 00000000"
                    + "     0        0 575 1 000000001d5b6e25 100 0 0 10 0")
            .orElseThrow();

    assertThat(entry.local().getAddress().isAnyLocalAddress()).isTrue();
    assertThat(entry.listening()).isFalse();
  }

  @Test
  void parseShouldSkipHeader() {
    assertThat(ListeningSockets.parse("  sl  local_address rem_address   st tx_queue rx_queue tr"))
        .isEmpty();
  }

  @Test
  void addressShouldDecodeIpv6WordsInHostOrder() throws Exception {
    assertThat(ListeningSockets.address("00000000000000000000000001000000"))
        .isEqualTo(InetAddress.getByName("::1"));
    assertThat(ListeningSockets.address("0000000000000000FFFF00000100007F"))
        .isEqualTo(InetAddress.getByName("127.0.0.1"));
  }
}
