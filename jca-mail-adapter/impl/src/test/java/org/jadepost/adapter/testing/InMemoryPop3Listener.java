package org.jadepost.adapter.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.pop3.Pop3AuthFailure;
import org.jadepost.adapter.api.pop3.Pop3AuthResult;
import org.jadepost.adapter.api.pop3.Pop3Listener;
import org.jadepost.adapter.api.pop3.Pop3Maildrop;
import org.jadepost.adapter.api.pop3.Pop3MessageInfo;
import org.jadepost.adapter.api.pop3.Pop3Update;

/**
 * A {@link Pop3Listener} for protocol tests. Users (password {@code secret}): {@code alice} owns
 * three messages ({@link #FIRST}, {@link #SECOND} and one that is gone when read, id {@code
 * gone-3}); {@code bob} owns none; {@code broken} logs in but his maildrop cannot be opened; {@code
 * locked} is always refused as locked; {@code down} makes the listener throw. A commit that
 * includes {@code gone-3} throws.
 */
public final class InMemoryPop3Listener implements Pop3Listener {

  /** Message 1: a leading dot to stuff, a Chinese subject in UTF-8. */
  public static final String FIRST =
      "Subject: 报价单\r\nFrom: a@example.org\r\n\r\nHello\r\n.leading dot\r\n..two\r\n";

  /** Message 2: a header of two lines, three body lines, a bare LF and no final CRLF. */
  public static final String SECOND =
      "Subject: second\r\nTo: alice@example.org\r\n\r\nline 1\r\nline 2\nline 3";

  private final Map<String, String> aliceMessages = new LinkedHashMap<>();
  private final List<List<String>> commits = new CopyOnWriteArrayList<>();
  private final Map<String, String> files = new LinkedHashMap<>();

  /** A listener with alice's three messages. */
  public InMemoryPop3Listener() {
    aliceMessages.put("uid-1", FIRST);
    aliceMessages.put("uid-2", SECOND);
  }

  /** The unique ids passed to each commit, in order. */
  /** Names {@code file} as the local file of alice's message {@code uniqueId} in maildrops. */
  public void useFile(String uniqueId, String file) {
    files.put(uniqueId, file);
  }

  public List<List<String>> commits() {
    return commits;
  }

  @Override
  public Pop3AuthResult authenticate(ConnectionInfo connection, String user, String password) {
    if (user.equals("down")) {
      throw new IllegalStateException("database down");
    }
    if (user.equals("locked")) {
      return Pop3AuthResult.failure(Pop3AuthFailure.LOCKED);
    }
    boolean known = List.of("alice", "bob", "broken").contains(user);
    return known && password.equals("secret")
        ? Pop3AuthResult.success(user + "@example.org")
        : Pop3AuthResult.failure(Pop3AuthFailure.CREDENTIALS);
  }

  @Override
  public Pop3Maildrop openMaildrop(ConnectionInfo connection, String identity) {
    return switch (identity) {
      case "alice@example.org" ->
          new Pop3Maildrop(
              List.of(
                  info("uid-1", FIRST), info("uid-2", SECOND), new Pop3MessageInfo("gone-3", 7)));
      case "bob@example.org" -> new Pop3Maildrop(List.of());
      default -> throw new IllegalStateException("maildrop unavailable");
    };
  }

  @Override
  public Optional<InputStream> openMessage(
      ConnectionInfo connection, String identity, String uniqueId) {
    if (!identity.equals("alice@example.org")) {
      return Optional.empty();
    }
    return Optional.ofNullable(aliceMessages.get(uniqueId))
        .map(m -> new ByteArrayInputStream(m.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public Pop3Update commitDeletions(
      ConnectionInfo connection, String identity, List<String> uniqueIds) {
    if (uniqueIds.contains("gone-3")) {
      throw new IllegalStateException("commit failed");
    }
    commits.add(List.copyOf(uniqueIds));
    return new Pop3Update(uniqueIds.size(), 0);
  }

  private Pop3MessageInfo info(String id, String message) {
    return new Pop3MessageInfo(id, message.getBytes(StandardCharsets.UTF_8).length, files.get(id));
  }
}
