package org.jadepost.bench;

import java.util.Locale;

/** One measured run: operations that succeeded inside the window and what the CPUs did meanwhile. */
public record Run(
    double perSecond,
    long accepted,
    long refused,
    long p50Micros,
    long p99Micros,
    double serverCores,
    double clientCores,
    double otherCores,
    String firstRefusal) {

  public String brief(String unit) {
    return String.format(Locale.ROOT,
        "%8.1f %s  p50 %6.1f ms  p99 %6.1f ms  cpu: server %.2f client %.2f other %.2f%s",
        perSecond, unit, p50Micros / 1000.0, p99Micros / 1000.0, serverCores, clientCores,
        otherCores, refused == 0 ? "" : "  REFUSED " + refused + " (" + firstRefusal + ")");
  }
}
