package org.jadepost.web.rest.drive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jadepost.platform.entity.InvalidRequestException;

/**
 * The {@code Content-Range} of an upload chunk (RFC 9110 §14.4): {@code bytes first-last/size}.
 * Without the header the body is the whole file.
 */
final class ContentRange {

  private static final Pattern RANGE = Pattern.compile("bytes (\\d{1,19})-(\\d{1,19})/(\\d{1,19})");

  private ContentRange() {}

  /** [first, last + 1) of the chunk, checked against the file's {@code size}. */
  static long[] parse(String header, long size) {
    if (header == null || header.isBlank()) {
      return new long[] {0, size};
    }
    Matcher m = RANGE.matcher(header.strip());
    if (!m.matches()) {
      throw invalid(size);
    }
    try {
      long first = Long.parseLong(m.group(1));
      long last = Long.parseLong(m.group(2));
      long total = Long.parseLong(m.group(3));
      if (first > last || total != size || last >= size) {
        throw invalid(size);
      }
      return new long[] {first, last + 1};
    } catch (NumberFormatException e) {
      throw invalid(size);
    }
  }

  private static InvalidRequestException invalid(long size) {
    return new InvalidRequestException(
        "transfer.range.invalid",
        "Content-Range must be bytes first-last/" + size,
        String.valueOf(size));
  }
}
