package org.jadepost.blackbox.server;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * A real authoritative DNS server on a loopback UDP port, answering from records in master-file
 * syntax ({@code example.com. TXT "v=spf1 -all"}); the server under test is pointed at it with
 * {@code JADEPOST_DNS_RESOLVER}. Unknown names get NXDOMAIN.
 */
public final class LoopbackDns implements AutoCloseable {

  private final DatagramSocket socket;
  private final Map<Name, List<Record>> zone = new ConcurrentHashMap<>();

  public LoopbackDns() throws SocketException {
    socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(this::serve, "loopback-dns");
    thread.setDaemon(true);
    thread.start();
  }

  /** {@code 127.0.0.1:port}, the value for {@code JADEPOST_DNS_RESOLVER}. */
  public String address() {
    return "127.0.0.1:" + socket.getLocalPort();
  }

  /** Adds one record, TTL 60: {@code name TYPE rdata}. */
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

  private void serve() {
    byte[] buffer = new byte[4096];
    while (!socket.isClosed()) {
      try {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        Message query = new Message(Arrays.copyOf(packet.getData(), packet.getLength()));
        byte[] answer = answer(query, query.getQuestion()).toWire(65535);
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
    if (records == null) {
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
