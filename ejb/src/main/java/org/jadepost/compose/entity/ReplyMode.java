package org.jadepost.compose.entity;

/** How a new message answers an existing one. */
public enum ReplyMode {
  /** To the sender (or his Reply-To) only. */
  REPLY,
  /** To the sender and every other recipient except the user himself. */
  REPLY_ALL,
  /** The original quoted in the body, its files carried along. */
  FORWARD,
  /** The original attached whole as {@code message/rfc822}. */
  FORWARD_AS_ATTACHMENT
}
