package org.jadepost.adapter.smtp.command;

import java.util.Locale;

/**
 * A command line split into verb and arguments (RFC 5321 §4.1.1: verb, then SP and arguments).
 *
 * @param verb the verb in upper case
 * @param arguments what follows the first space, trimmed; empty when none
 */
public record CommandLine(String verb, String arguments) {

  /** Splits {@code line}. */
  public static CommandLine parse(String line) {
    int space = line.indexOf(' ');
    String verb = space < 0 ? line : line.substring(0, space);
    String arguments = space < 0 ? "" : line.substring(space + 1).strip();
    return new CommandLine(verb.toUpperCase(Locale.ROOT), arguments);
  }
}
