package org.jadepost.adapter.net;

/**
 * One part of a literal read with {@link LineDecoder#expectStreamedLiteral(long)}.
 *
 * @param bytes the part's content; the receiver owns the array
 * @param last whether this part completes the literal
 */
public record LiteralChunk(byte[] bytes, boolean last) implements InboundFrame {

  @Override
  public boolean equals(Object other) {
    return other instanceof LiteralChunk chunk
        && last == chunk.last
        && java.util.Arrays.equals(bytes, chunk.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Arrays.hashCode(bytes) + Boolean.hashCode(last);
  }

  @Override
  public String toString() {
    return "LiteralChunk[" + bytes.length + " bytes" + (last ? ", last]" : "]");
  }
}
