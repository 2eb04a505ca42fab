package org.jadepost.adapter.net;

import java.util.Arrays;

/**
 * Exactly the number of bytes a protocol asked for with {@link LineDecoder#expectLiteral(int)}, as
 * in IMAP's {@code {42}} (RFC 9051 §4.3).
 *
 * @param bytes the literal content; the receiver owns the array
 */
public record Literal(byte[] bytes) implements InboundFrame {

  @Override
  public boolean equals(Object other) {
    return other instanceof Literal literal && Arrays.equals(bytes, literal.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Literal[" + bytes.length + " bytes]";
  }
}
