package org.jadepost.blackbox.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A hand-typed SMTP session on a plain socket, as an operator would test with telnet. */
public final class SmtpDialogue {

  private SmtpDialogue() {}

  /**
   * Sends each command and collects the greeting and one reply per command (the last line of a
   * multi-line reply).
   */
  public static List<String> replies(int port, String... commands) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      OutputStream out = socket.getOutputStream();
      List<String> replies = new ArrayList<>();
      replies.add(reply(in));
      for (String command : commands) {
        out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        replies.add(reply(in));
      }
      return replies;
    }
  }

  /** The first line the server sends on a new connection to {@code port}. */
  public static String greeting(Socket socket) throws IOException {
    socket.setSoTimeout(30_000);
    return new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
        .readLine();
  }

  private static String reply(BufferedReader in) throws IOException {
    String line = in.readLine();
    while (line != null && line.length() > 3 && line.charAt(3) == '-') {
      line = in.readLine();
    }
    return String.valueOf(line);
  }
}
