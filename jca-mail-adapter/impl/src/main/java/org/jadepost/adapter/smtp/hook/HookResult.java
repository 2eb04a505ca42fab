package org.jadepost.adapter.smtp.hook;

import java.util.Objects;
import java.util.Optional;
import org.jadepost.adapter.api.SmtpReply;

/**
 * What a hook decided: {@link #DECLINED} passes the decision on; {@code OK}, {@code DENY} and
 * {@code DENYSOFT} end it with their reply.
 *
 * @param action the decision
 * @param reply the reply to send; null only for {@code DECLINED}
 */
public record HookResult(Action action, SmtpReply reply) {

  /** The decisions of James' HookReturnCode. */
  public enum Action {
    /** Accept now; later hooks are not asked. */
    OK,
    /** Refuse permanently (5xx). */
    DENY,
    /** Refuse temporarily (4xx). */
    DENYSOFT,
    /** No opinion; ask the next hook. */
    DECLINED
  }

  /** No opinion. */
  public static final HookResult DECLINED = new HookResult(Action.DECLINED, null);

  /** Checks that the reply fits the action. */
  public HookResult {
    Objects.requireNonNull(action, "action");
    if ((action == Action.DECLINED) != (reply == null)) {
      throw new IllegalArgumentException("DECLINED has no reply, every other action has one");
    }
  }

  /** Refuses with {@code reply}: DENY for 5xx, DENYSOFT for 4xx, OK for 2xx. */
  public static HookResult of(SmtpReply reply) {
    Action action =
        reply.isPositive() ? Action.OK : reply.isTransient() ? Action.DENYSOFT : Action.DENY;
    return new HookResult(action, reply);
  }

  /** The reply if this result decides. */
  public Optional<SmtpReply> decision() {
    return Optional.ofNullable(reply);
  }
}
