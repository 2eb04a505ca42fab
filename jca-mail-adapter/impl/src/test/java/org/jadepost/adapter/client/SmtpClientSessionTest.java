package org.jadepost.adapter.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jadepost.adapter.api.client.SmtpClientEnvelope;
import org.jadepost.adapter.api.client.SmtpClientException;
import org.jadepost.adapter.api.client.SmtpDestination;
import org.jadepost.adapter.api.client.SmtpTransactionResult;
import org.junit.jupiter.api.Test;

class SmtpClientSessionTest {

  private static final String EXTENSIONS = "250-PIPELINING\r\n250-SIZE 1000\r\n250-8BITMIME\r\n";
  private static final byte[] MESSAGE =
      "Subject: hi\r\n\r\n.leading dot\r\nbare lf\nlast line".getBytes(StandardCharsets.UTF_8);

  private static SmtpClientSession open(ScriptedSmtpServer server) throws SmtpClientException {
    return SmtpClientSession.open(
        new SmtpDestination("127.0.0.1", server.port()), SmtpClientSettings.of("client.test"));
  }

  private static SmtpClientEnvelope envelope(String... recipients) {
    return new SmtpClientEnvelope("a@jade.test", List.of(recipients), MESSAGE.length, true);
  }

  @Test
  void sendShouldPipelineAndReportEachRecipientWhenOneIsRefused() throws Exception {
    try (ScriptedSmtpServer server =
            new ScriptedSmtpServer(
                c ->
                    c.contains("<nobody@")
                        ? "550 5.1.1 no such user"
                        : ScriptedSmtpServer.standard(c, EXTENSIONS));
        SmtpClientSession session = open(server)) {
      SmtpTransactionResult result =
          session.send(
              envelope("x@far.test", "nobody@far.test"), new ByteArrayInputStream(MESSAGE));

      assertThat(result.remoteHost()).isEqualTo("sink.test");
      assertThat(result.replies().get("x@far.test").code()).isEqualTo(250);
      assertThat(result.replies().get("x@far.test").text()).contains("queued as 42");
      assertThat(result.replies().get("nobody@far.test").toString())
          .isEqualTo("550 5.1.1 no such user");
      assertThat(server.commands)
          .containsSubsequence(
              "EHLO client.test",
              "MAIL FROM:<a@jade.test> SIZE=" + MESSAGE.length + " BODY=8BITMIME",
              "RCPT TO:<x@far.test>",
              "RCPT TO:<nobody@far.test>",
              "DATA");
      assertThat(new String(server.messages.get(0), StandardCharsets.UTF_8))
          .isEqualTo("Subject: hi\r\n\r\n..leading dot\r\nbare lf\r\nlast line\r\n");
    }
  }

  @Test
  void openShouldFallBackToHeloWhenEhloIsNotUnderstood() throws Exception {
    try (ScriptedSmtpServer server =
            new ScriptedSmtpServer(
                c -> c.startsWith("EHLO") ? "502 5.5.2 no" : ScriptedSmtpServer.standard(c, ""));
        SmtpClientSession session = open(server)) {
      SmtpTransactionResult result =
          session.send(envelope("x@far.test"), new ByteArrayInputStream(MESSAGE));

      assertThat(result.replies().get("x@far.test").isPositive()).isTrue();
      assertThat(server.commands).contains("HELO client.test", "MAIL FROM:<a@jade.test>");
    }
  }

  @Test
  void sendShouldResetBeforeReusingTheSessionWhenATransactionFailed() throws Exception {
    try (ScriptedSmtpServer server =
            new ScriptedSmtpServer(
                c ->
                    c.contains("<nobody@")
                        ? "550 5.1.1 no such user"
                        : ScriptedSmtpServer.standard(c, EXTENSIONS));
        SmtpClientSession session = open(server)) {
      session.send(envelope("nobody@far.test"), new ByteArrayInputStream(MESSAGE));
      session.send(envelope("x@far.test"), new ByteArrayInputStream(MESSAGE));

      assertThat(server.connections).isEqualTo(1);
      assertThat(server.commands).containsSubsequence("RCPT TO:<nobody@far.test>", "RSET");
      assertThat(server.messages).hasSize(1);
    }
  }

  @Test
  void sendShouldFailPermanentlyWhenTheMessageExceedsTheAnnouncedSize() throws Exception {
    try (ScriptedSmtpServer server =
            new ScriptedSmtpServer(c -> ScriptedSmtpServer.standard(c, "250-SIZE 10\r\n"));
        SmtpClientSession session = open(server)) {
      assertThatThrownBy(
              () -> session.send(envelope("x@far.test"), new ByteArrayInputStream(MESSAGE)))
          .isInstanceOfSatisfying(
              SmtpClientException.class, e -> assertThat(e.isTransient()).isFalse());
      assertThat(server.commands).noneMatch(c -> c.startsWith("MAIL"));
    }
  }

  @Test
  void sendShouldFailTransientlyWhenMailIsDeferred() throws Exception {
    try (ScriptedSmtpServer server =
            new ScriptedSmtpServer(
                c ->
                    c.startsWith("MAIL")
                        ? "451 4.7.1 greylisted"
                        : ScriptedSmtpServer.standard(c, EXTENSIONS));
        SmtpClientSession session = open(server)) {
      assertThatThrownBy(
              () -> session.send(envelope("x@far.test"), new ByteArrayInputStream(MESSAGE)))
          .isInstanceOfSatisfying(
              SmtpClientException.class,
              e -> {
                assertThat(e.isTransient()).isTrue();
                assertThat(e.reply().orElseThrow().toString()).isEqualTo("451 4.7.1 greylisted");
              });
      assertThat(server.messages).isEmpty();
    }
  }

  @Test
  void openShouldFailTransientlyWhenNobodyListens() throws Exception {
    int port;
    try (ScriptedSmtpServer server = new ScriptedSmtpServer(c -> "250 ok")) {
      port = server.port();
    }
    assertThatThrownBy(
            () ->
                SmtpClientSession.open(
                    new SmtpDestination("127.0.0.1", port), SmtpClientSettings.of("c")))
        .isInstanceOfSatisfying(
            SmtpClientException.class, e -> assertThat(e.isTransient()).isTrue());
  }
}
