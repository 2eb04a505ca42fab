package org.jadepost.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmtpRecordsTest {

  @Test
  void replyShouldRejectLineBreaksSoAListenerCannotForgeReplies() {
    assertThatThrownBy(() -> new SmtpReply(250, "2.0.0", "OK\r\n250 forged"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void replyShouldRejectEnhancedStatusOfAnotherClass() {
    assertThatThrownBy(() -> new SmtpReply(550, "2.0.0", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SmtpReply(199, "2.0.0", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void authResultShouldHoldExactlyOneOfIdentityAndFailure() {
    assertThat(SmtpAuthResult.success("alice@example.org").succeeded()).isTrue();
    assertThat(SmtpAuthResult.failure(SmtpReply.AUTH_FAILED).succeeded()).isFalse();
    assertThatThrownBy(() -> SmtpAuthResult.failure(SmtpReply.OK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void envelopeShouldBeImmutableWhenARecipientIsAdded() {
    SmtpEnvelope empty =
        new SmtpEnvelope(
            "client", "", List.of(), null, SmtpListenerKind.MX, -1, SmtpBodyType.SEVEN_BIT, false);
    SmtpEnvelope one = empty.withRecipient("bob@example.org");
    assertThat(empty.recipients()).isEmpty();
    assertThat(one.recipients()).containsExactly("bob@example.org");
    assertThat(one.isBounce()).isTrue();
  }

  @Test
  void envelopeShouldSurviveSerialization() throws Exception {
    SmtpEnvelope envelope =
        new SmtpEnvelope(
            "client",
            "发件人@例子.中国",
            List.of("bob@example.org"),
            "alice@example.org",
            SmtpListenerKind.SUBMISSION,
            100,
            SmtpBodyType.EIGHT_BIT_MIME,
            true);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(envelope);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(envelope);
    }
  }
}
