package org.jadepost.mailauth.control;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * A real authoritative DNS server on a loopback UDP port, answering from zone lines such as {@code
 * "example.com. TXT \"v=spf1 -all\""}. Names listed as silent never get an answer (timeouts); names
 * listed as failing get SERVFAIL. Counts queries so tests can check lookup limits.
 */
public final class LoopbackDns implements AutoCloseable {

  private final DatagramSocket socket;
  private final Map<Name, List<Record>> zone = new ConcurrentHashMap<>();
  private final Set<Name> silent = ConcurrentHashMap.newKeySet();
  private final Set<Name> failing = ConcurrentHashMap.newKeySet();
  final List<String> queries = new CopyOnWriteArrayList<>();

  public LoopbackDns() throws SocketException {
    socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(this::serve, "loopback-dns");
    thread.setDaemon(true);
    thread.start();
  }

  /** Adds one record in master-file syntax, TTL 60: {@code name TYPE rdata}. */
  public LoopbackDns add(String line) {
    try {
      String[] parts = line.split(" ", 3);
      Name name = Name.fromString(parts[0].endsWith(".") ? parts[0] : parts[0] + ".");
      Record r = Record.fromString(name, Type.value(parts[1]), DClass.IN, 60, parts[2], Name.root);
      zone.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(r);
      return this;
    } catch (IOException e) {
      throw new IllegalArgumentException(line, e);
    }
  }

  public LoopbackDns silent(String name) {
    silent.add(Name.fromConstantString(name + "."));
    return this;
  }

  public LoopbackDns failing(String name) {
    failing.add(Name.fromConstantString(name + "."));
    return this;
  }

  /** A lookup through this server; silent names time out after 3 s, enough margin on a busy CI. */
  public DnsLookup lookup() {
    return DnsLookup.of(Optional.of("127.0.0.1:" + socket.getLocalPort()), Duration.ofSeconds(3));
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    byte[] buffer = new byte[4096];
    while (!socket.isClosed()) {
      try {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
        Record question = query.getQuestion();
        queries.add(question.getName() + " " + Type.string(question.getType()));
        if (silent.contains(question.getName())) {
          continue;
        }
        byte[] answer = answer(query, question).toWire();
        socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
      } catch (IOException e) {
        if (socket.isClosed()) {
          return;
        }
      }
    }
  }

  private Message answer(Message query, Record question) {
    Message response = new Message(query.getHeader().getID());
    response.getHeader().setFlag(Flags.QR);
    response.getHeader().setFlag(Flags.AA);
    response.addRecord(question, Section.QUESTION);
    List<Record> records = zone.get(question.getName());
    if (failing.contains(question.getName())) {
      response.getHeader().setRcode(Rcode.SERVFAIL);
    } else if (records == null) {
      response.getHeader().setRcode(Rcode.NXDOMAIN);
    } else {
      records.stream()
          .filter(r -> r.getType() == question.getType())
          .forEach(r -> response.addRecord(r, Section.ANSWER));
    }
    return response;
  }

  @Override
  public void close() {
    socket.close();
  }
}
