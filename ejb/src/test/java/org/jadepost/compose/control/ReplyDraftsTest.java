package org.jadepost.compose.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jadepost.compose.entity.Draft;
import org.jadepost.compose.entity.OutgoingAttachment;
import org.jadepost.compose.entity.ReplyMode;
import org.jadepost.mailbox.entity.MessageAttachment;
import org.jadepost.mailbox.entity.ReadMessage;
import org.jadepost.mailbox.entity.WebmailPreferences;
import org.junit.jupiter.api.Test;

class ReplyDraftsTest {

  private static final ReadMessage ORIGINAL =
      new ReadMessage(
          7,
          42,
          "Quotation",
          "Bob <bob@example.org>",
          "me@x.cn, Carol <carol@example.org>",
          "Me Again <ME@x.cn>, dave@example.org",
          OffsetDateTime.parse("2026-11-27T09:00:00-05:00"),
          "<p>Price <b>10</b><img src=\"cid:logo\"></p>",
          "Price 10",
          List.of(
              new MessageAttachment(1, "logo.png", "image/png", 10, "logo", true),
              new MessageAttachment(2, "q.pdf", "application/pdf", 99, null, false)),
          null,
          false);
  private static final ReplyDrafts.Thread THREAD =
      new ReplyDrafts.Thread("<m2@example.org>", "<m1@example.org>", null);
  private static final Set<String> MINE = Set.of("me@x.cn");

  private static Draft build(ReplyMode mode, WebmailPreferences preferences) {
    return ReplyDrafts.build(mode, ORIGINAL, THREAD, preferences, "me@x.cn", MINE);
  }

  @Test
  void replyShouldGoToTheSenderWithThreadHeadersAndTheQuote() {
    Draft reply = build(ReplyMode.REPLY, WebmailPreferences.DEFAULTS);

    assertThat(reply.to()).containsExactly("Bob <bob@example.org>");
    assertThat(reply.cc()).isEmpty();
    assertThat(reply.subject()).isEqualTo("Re: Quotation");
    assertThat(reply.inReplyTo()).isEqualTo("<m2@example.org>");
    assertThat(reply.references()).isEqualTo("<m1@example.org> <m2@example.org>");
    assertThat(reply.html()).contains("Bob &lt;bob@example.org&gt; wrote:").contains("<b>10</b>");
    assertThat(reply.html()).doesNotContain("cid:");
    assertThat(reply.attachments()).isEmpty();
  }

  @Test
  void replyAllShouldAddEveryoneButMeOnce() {
    Draft reply = build(ReplyMode.REPLY_ALL, WebmailPreferences.DEFAULTS);

    assertThat(reply.to()).containsExactly("Bob <bob@example.org>", "Carol <carol@example.org>");
    assertThat(reply.cc()).containsExactly("dave@example.org");
  }

  @Test
  void chinesePrefixesShouldApplyAndNotStack() {
    WebmailPreferences chinese =
        new WebmailPreferences(20, "zh", "DEFAULT", 14, false, "ZH", "", true, true);

    Draft reply = build(ReplyMode.REPLY, chinese);
    Draft forward = build(ReplyMode.FORWARD, chinese);

    assertThat(reply.subject()).isEqualTo("回复: Quotation");
    assertThat(reply.html()).doesNotContain("Price");
    assertThat(forward.subject()).isEqualTo("转发: Quotation");
    assertThat(forward.html()).contains("转发的邮件").contains("发件人").contains("Price");
    ReadMessage answered =
        new ReadMessage(
            7,
            43,
            "RE: Quotation",
            "bob@example.org",
            "",
            "",
            null,
            null,
            "t",
            List.of(),
            null,
            false);
    assertThat(
            ReplyDrafts.build(ReplyMode.REPLY, answered, THREAD, chinese, "me@x.cn", MINE)
                .subject())
        .isEqualTo("RE: Quotation");
  }

  @Test
  void forwardShouldCarryFilesButNotInlineImagesAndNoThread() {
    Draft forward = build(ReplyMode.FORWARD, WebmailPreferences.DEFAULTS);
    Draft attached = build(ReplyMode.FORWARD_AS_ATTACHMENT, WebmailPreferences.DEFAULTS);

    assertThat(forward.to()).isEmpty();
    assertThat(forward.subject()).isEqualTo("Fw: Quotation");
    assertThat(forward.inReplyTo()).isNull();
    assertThat(forward.attachments())
        .extracting(OutgoingAttachment::source)
        .containsExactly(new OutgoingAttachment.StoredPart(7, 42, 2));
    assertThat(attached.attachments())
        .extracting(OutgoingAttachment::name, OutgoingAttachment::contentType)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Quotation.eml", "message/rfc822"));
  }
}
