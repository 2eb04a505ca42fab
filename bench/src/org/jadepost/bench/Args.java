package org.jadepost.bench;

import java.util.Arrays;
import java.util.List;

/** Helpers for the benches' command-line options. */
public final class Args {
  private Args() {}

  /** The value after option {@code name}, or an error if there is none. */
  public static String value(String[] args, int i) {
    if (i + 1 >= args.length) {
      throw new IllegalArgumentException(args[i] + " needs a value");
    }
    return args[i + 1];
  }

  public static int positive(String name, String value) {
    int n = Integer.parseInt(value);
    if (n <= 0) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return n;
  }

  public static int[] ints(String value) {
    return Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  public static List<String> list(String value) {
    return List.of(value.split(","));
  }

  public static String oneOf(String name, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(name + " takes " + String.join(" or ", allowed));
    }
    return value;
  }
}
