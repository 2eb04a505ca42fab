package org.jadepost.adapter.smtp.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.adapter.smtp.command.PathParser.ParsedPath;
import org.junit.jupiter.api.Test;

class PathParserTest {

  @Test
  void parseShouldSplitAddressAndParameters() {
    assertThat(PathParser.parse("FROM:<a@example.org> SIZE=10", "FROM"))
        .contains(new ParsedPath("a@example.org", "SIZE=10"));
  }

  @Test
  void parseShouldAcceptTheNullReversePathAndASpaceAfterTheColon() {
    assertThat(PathParser.parse("from: <>", "FROM")).contains(new ParsedPath("", ""));
  }

  @Test
  void parseShouldDropASourceRouteWhenGiven() {
    assertThat(PathParser.parse("TO:<@relay.example:bob@example.org>", "TO"))
        .contains(new ParsedPath("bob@example.org", ""));
  }

  @Test
  void parseShouldRefuseWhenBracketsKeywordOrDomainAreMissing() {
    assertThat(PathParser.parse("FROM:a@example.org", "FROM")).isEmpty();
    assertThat(PathParser.parse("TO:<a@example.org>", "FROM")).isEmpty();
    assertThat(PathParser.parse("FROM:<a@>", "FROM")).isEmpty();
    assertThat(PathParser.parse("FROM:<a b@example.org>", "FROM")).isEmpty();
  }

  @Test
  void parsedPathShouldBeInternationalWhenItHasNonAsciiCharacters() {
    assertThat(PathParser.parse("TO:<收件人@example.org>", "TO").orElseThrow().isInternational())
        .isTrue();
  }

  @Test
  void commandLineShouldUpperCaseTheVerbAndTrimArguments() {
    assertThat(CommandLine.parse("mail FROM:<a@b.c>  "))
        .isEqualTo(new CommandLine("MAIL", "FROM:<a@b.c>"));
    assertThat(CommandLine.parse("noop")).isEqualTo(new CommandLine("NOOP", ""));
  }
}
