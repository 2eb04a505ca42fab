package org.jadepost.mailbox.control;

import jakarta.mail.internet.MimeUtility;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes the bytes of a text part by its declared charset, as Chinese mail needs: GB2312 and GBK
 * are read as GB18030 (their superset, since mail labelled GB2312 often carries GBK characters), an
 * unknown or missing charset as UTF-8 if the bytes are valid UTF-8 and as GB18030 otherwise.
 */
final class Charsets {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private Charsets() {}

  /** The text of {@code bytes} in {@code declared} (a MIME charset name, or null). */
  static String decode(byte[] bytes, String declared) {
    Charset charset = charset(declared);
    if (charset != null) {
      return new String(bytes, charset);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, GB18030);
    }
  }

  private static Charset charset(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    String name = declared.strip().toLowerCase(Locale.ROOT);
    if (name.equals("gb2312")
        || name.equals("gbk")
        || name.equals("x-gbk")
        || name.equals("cp936")) {
      return GB18030;
    }
    if (name.equals("us-ascii") || name.equals("ascii")) {
      return null; // often mislabelled 8-bit text: guessed as above
    }
    try {
      return Charset.forName(MimeUtility.javaCharset(declared.strip()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
