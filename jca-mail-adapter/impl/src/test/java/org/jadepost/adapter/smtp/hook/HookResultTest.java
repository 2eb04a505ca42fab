package org.jadepost.adapter.smtp.hook;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.adapter.api.SmtpReply;
import org.jadepost.adapter.smtp.hook.policy.MaxRecipientsHook;
import org.junit.jupiter.api.Test;

class HookResultTest {

  @Test
  void ofShouldMapTheReplyClassToTheAction() {
    assertThat(HookResult.of(SmtpReply.OK).action()).isEqualTo(HookResult.Action.OK);
    assertThat(HookResult.of(MaxRecipientsHook.TOO_MANY).action())
        .isEqualTo(HookResult.Action.DENYSOFT);
    assertThat(HookResult.of(SmtpReply.NO_SUCH_USER).action()).isEqualTo(HookResult.Action.DENY);
  }

  @Test
  void declinedShouldCarryNoDecision() {
    assertThat(HookResult.DECLINED.decision()).isEmpty();
  }
}
