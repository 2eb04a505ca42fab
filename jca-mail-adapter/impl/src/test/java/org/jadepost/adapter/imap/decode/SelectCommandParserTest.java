package org.jadepost.adapter.imap.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jadepost.adapter.imap.request.QresyncParameters;
import org.jadepost.adapter.imap.request.SelectRequest;
import org.junit.jupiter.api.Test;

class SelectCommandParserTest {

  @Test
  void parseShouldReadQresyncWhenKnownUidsAndMatchDataAreGiven() throws Exception {
    SelectRequest request =
        Parsing.parse(
            new SelectCommandParser(false),
            " INBOX (QRESYNC (67890007 20050715194045000 41,43:211 (1:3 41,43:44)))",
            SelectRequest.class);

    QresyncParameters qresync = request.qresync().orElseThrow();
    assertThat(qresync.uidValidity()).isEqualTo(67890007L);
    assertThat(qresync.modseq()).isEqualTo(20050715194045000L);
    assertThat(qresync.knownUids().orElseThrow().ranges())
        .containsExactly(new long[] {41, 41}, new long[] {43, 211});
    assertThat(request.readOnly()).isFalse();
  }

  @Test
  void parseShouldSetCondstoreWhenExamineHasIt() throws Exception {
    SelectRequest request =
        Parsing.parse(new SelectCommandParser(true), " Sent (CONDSTORE)", SelectRequest.class);

    assertThat(request.condstore()).isTrue();
    assertThat(request.command()).isEqualTo("EXAMINE");
    assertThat(request.qresync()).isEmpty();
  }

  @Test
  void parseShouldFailWhenTheModseqIsZero() {
    assertThatThrownBy(
            () ->
                Parsing.parse(
                    new SelectCommandParser(false), " INBOX (QRESYNC (1 0))", SelectRequest.class))
        .isInstanceOf(DecodingException.class);
  }
}
