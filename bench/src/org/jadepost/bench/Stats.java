package org.jadepost.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Medians and the "all runs" column. */
public final class Stats {
  private Stats() {}

  /** The run with the median rate (the upper one of an even count). */
  public static Run median(List<Run> runs) {
    List<Run> list = new ArrayList<>(runs);
    list.sort((a, b) -> Double.compare(a.perSecond(), b.perSecond()));
    return list.get(list.size() / 2);
  }

  /** "26 / 43 / 40": every run's rate in the order it ran, no decimals. */
  public static String all(List<Run> runs) {
    StringBuilder all = new StringBuilder();
    for (Run r : runs) {
      all.append(all.isEmpty() ? "" : " / ").append(String.format(Locale.ROOT, "%.0f", r.perSecond()));
    }
    return all.toString();
  }

  /** Like {@link #all} with one decimal below 100 (slow operations). */
  public static String allRates(List<Run> runs) {
    StringBuilder all = new StringBuilder();
    for (Run r : runs) {
      all.append(all.isEmpty() ? "" : " / ").append(rate(r.perSecond()));
    }
    return all.toString();
  }

  /** A rate without false precision: no decimals from 100 up. */
  public static String rate(double perSecond) {
    return String.format(Locale.ROOT, perSecond >= 100 || perSecond == 0 ? "%.0f" : "%.1f", perSecond);
  }

  public static long percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)];
  }
}
