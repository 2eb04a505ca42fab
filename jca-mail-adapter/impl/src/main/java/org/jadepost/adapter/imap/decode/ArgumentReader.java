package org.jadepost.adapter.imap.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jadepost.adapter.imap.request.SequenceSet;
import org.jadepost.adapter.imap.response.ReplyText;

/**
 * Reads the tokens of one {@link CommandInput} after the grammar of RFC 3501 §9: atoms, quoted
 * strings, literals, parenthesised lists and sequence sets. Every string is checked to be UTF-8
 * (RFC 6855 allows nothing else); every error is a {@link DecodingException}.
 */
public final class ArgumentReader {

  private static final String ATOM_SPECIALS = "(){ %*\"\\]";

  private final CommandInput input;
  private final byte[] bytes;
  private int position;

  /** A reader at the start of {@code input}. */
  public ArgumentReader(CommandInput input) {
    this.input = input;
    this.bytes = input.bytes();
  }

  /** The command this reader reads. */
  public CommandInput input() {
    return input;
  }

  /** Whether everything has been read. */
  public boolean atEnd() {
    return position >= bytes.length;
  }

  /** Whether the next byte is {@code c}. */
  public boolean peek(char c) {
    return !atEnd() && bytes[position] == c;
  }

  /** The upper-case atom ahead, without consuming it; empty if none. */
  public String peekAtom() {
    int end = position;
    while (end < bytes.length && isAtomChar(bytes[end]) && bytes[end] != '[') {
      end++;
    }
    return new String(bytes, position, end - position, StandardCharsets.US_ASCII)
        .toUpperCase(java.util.Locale.ROOT);
  }

  /** A section part of BODY[...]: letters, digits and dots. */
  public String sectionToken() throws DecodingException {
    int start = position;
    while (!atEnd() && (Character.isLetterOrDigit(bytes[position]) || bytes[position] == '.')) {
      position++;
    }
    if (start == position) {
      throw syntax("bad section");
    }
    return new String(bytes, start, position - start, StandardCharsets.US_ASCII);
  }

  /** Requires that nothing is left. */
  public void end() throws DecodingException {
    if (!atEnd()) {
      throw syntax("unexpected characters at the end");
    }
  }

  /** Requires one space. */
  public void space() throws DecodingException {
    expect(' ');
  }

  /** Requires the byte {@code c}. */
  public void expect(char c) throws DecodingException {
    if (!peek(c)) {
      throw syntax("expected '" + c + "'");
    }
    position++;
  }

  /** Skips {@code c} if it is next; tells whether it did. */
  public boolean consume(char c) {
    if (peek(c)) {
      position++;
      return true;
    }
    return false;
  }

  /** An atom (RFC 3501 atom); stops before {@code [} so BODY[...] can be read. */
  public String atom() throws DecodingException {
    int start = position;
    while (!atEnd() && isAtomChar(bytes[position]) && bytes[position] != '[') {
      position++;
    }
    if (start == position) {
      throw syntax("expected an atom");
    }
    return new String(bytes, start, position - start, StandardCharsets.US_ASCII);
  }

  /** A flag: an atom, or {@code \} followed by an atom. */
  public String flag() throws DecodingException {
    boolean system = consume('\\');
    if (system && consume('*')) {
      return "\\*";
    }
    return system ? "\\" + atom() : atom();
  }

  /** A tag: astring characters except {@code +}. */
  public String tag() throws DecodingException {
    int start = position;
    while (!atEnd()
        && (isAtomChar(bytes[position]) || bytes[position] == ']')
        && bytes[position] != '+') {
      position++;
    }
    if (start == position) {
      throw syntax("missing tag");
    }
    return new String(bytes, start, position - start, StandardCharsets.US_ASCII);
  }

  /** An astring: atom (with {@code ]}), quoted string or literal. */
  public String astring() throws DecodingException {
    if (peek('"') || peek('{')) {
      return string();
    }
    int start = position;
    while (!atEnd() && (isAtomChar(bytes[position]) || bytes[position] == ']')) {
      position++;
    }
    if (start == position) {
      throw syntax("expected a string");
    }
    return utf8(start, position);
  }

  /** A list-mailbox of LIST: atom characters plus {@code %} and {@code *}, or a string. */
  public String listMailbox() throws DecodingException {
    if (peek('"') || peek('{')) {
      return string();
    }
    int start = position;
    while (!atEnd() && (isAtomChar(bytes[position]) || "%*]".indexOf(bytes[position]) >= 0)) {
      position++;
    }
    if (start == position) {
      throw syntax("expected a mailbox pattern");
    }
    return utf8(start, position);
  }

  /** A quoted string or a literal. */
  public String string() throws DecodingException {
    if (consume('"')) {
      return quotedRest();
    }
    if (peek('{')) {
      int length = literalLength();
      int start = position;
      position += length;
      return utf8(start, position);
    }
    throw syntax("expected a quoted string or literal");
  }

  /** Whether the next token is the streamed APPEND literal. */
  public boolean atStreamedLiteral() {
    return input.streamedAt() == position;
  }

  /** Skips the streamed literal's marker. */
  public void streamedLiteral() throws DecodingException {
    if (!atStreamedLiteral()) {
      throw syntax("expected the message literal");
    }
    while (!atEnd() && bytes[position] != '}') {
      position++;
    }
    expect('}');
  }

  /** A number (RFC 3501 number, up to 2^63-1). */
  public long number() throws DecodingException {
    int start = position;
    while (!atEnd() && Character.isDigit(bytes[position])) {
      position++;
    }
    if (start == position || position - start > 18) {
      throw syntax("expected a number");
    }
    return Long.parseLong(new String(bytes, start, position - start, StandardCharsets.US_ASCII));
  }

  /** A number greater than zero. */
  public long nzNumber() throws DecodingException {
    long n = number();
    if (n == 0) {
      throw new DecodingException(ReplyText.BAD_SEQUENCE, "0 is not a valid number here");
    }
    return n;
  }

  /** A sequence set (RFC 3501 §9 sequence-set). */
  public SequenceSet sequenceSet() throws DecodingException {
    List<long[]> ranges = new ArrayList<>();
    do {
      long first = seqNumber();
      long last = consume(':') ? seqNumber() : first;
      ranges.add(new long[] {first, last});
    } while (consume(','));
    if (!atEnd() && bytes[position] != ' ' && bytes[position] != ')') {
      throw new DecodingException(ReplyText.BAD_SEQUENCE, "unexpected character");
    }
    return new SequenceSet(ranges);
  }

  /** A parenthesised list of flags, possibly empty. */
  public List<String> flagList() throws DecodingException {
    expect('(');
    List<String> flags = new ArrayList<>();
    while (!consume(')')) {
      if (!flags.isEmpty()) {
        space();
      }
      flags.add(flag());
    }
    return flags;
  }

  private long seqNumber() throws DecodingException {
    if (consume('*')) {
      return SequenceSet.STAR;
    }
    if (atEnd() || !Character.isDigit(bytes[position])) {
      throw new DecodingException(ReplyText.BAD_SEQUENCE, "expected a number or *");
    }
    long n = number();
    if (n == 0 || n > 0xFFFFFFFFL) {
      throw new DecodingException(ReplyText.BAD_SEQUENCE, "out of range: " + n);
    }
    return n;
  }

  private String quotedRest() throws DecodingException {
    StringBuilder raw = new StringBuilder();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    while (true) {
      if (atEnd()) {
        throw syntax("unterminated quoted string");
      }
      byte b = bytes[position++];
      if (b == '"') {
        break;
      }
      if (b == '\\') {
        if (atEnd() || (bytes[position] != '"' && bytes[position] != '\\')) {
          throw syntax("bad escape in quoted string");
        }
        b = bytes[position++];
      }
      out.write(b);
    }
    raw.append(decode(out.toByteArray()));
    return raw.toString();
  }

  private int literalLength() throws DecodingException {
    expect('{');
    long length = number();
    consume('+');
    expect('}');
    if (length > bytes.length - position) {
      throw syntax("literal is shorter than announced");
    }
    return (int) length;
  }

  private String utf8(int start, int end) throws DecodingException {
    byte[] part = new byte[end - start];
    System.arraycopy(bytes, start, part, 0, part.length);
    return decode(part);
  }

  private static String decode(byte[] part) throws DecodingException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(part))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DecodingException(ReplyText.INVALID_UTF8, "");
    }
  }

  private static boolean isAtomChar(byte b) {
    return b > 0x20 && b < 0x7f && ATOM_SPECIALS.indexOf(b) < 0;
  }

  private DecodingException syntax(String detail) {
    return new DecodingException(ReplyText.SYNTAX, detail + " at column " + (position + 1));
  }
}
