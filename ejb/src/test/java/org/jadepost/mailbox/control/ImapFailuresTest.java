package org.jadepost.mailbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.jadepost.adapter.api.imap.ImapResponseCode;
import org.jadepost.platform.entity.ConflictException;
import org.jadepost.platform.entity.ForbiddenException;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.platform.entity.NotFoundException;
import org.junit.jupiter.api.Test;

class ImapFailuresTest {

  @Test
  void ofShouldGiveEachStoreFailureItsRfc5530Code() {
    assertThat(
            ImapFailures.of(new NotFoundException("folder.notfound", "No such folder: x")).code())
        .isEqualTo(ImapResponseCode.NONEXISTENT);
    assertThat(ImapFailures.of(new ConflictException("folder.exists", "exists")).code())
        .isEqualTo(ImapResponseCode.ALREADYEXISTS);
    assertThat(ImapFailures.of(new ForbiddenException("folder.system", "stays")).code())
        .isEqualTo(ImapResponseCode.NOPERM);
    assertThat(
            ImapFailures.of(new InvalidRequestException("mailbox.quota.exceeded", "full")).code())
        .isEqualTo(ImapResponseCode.OVERQUOTA);
    assertThat(ImapFailures.of(new InvalidRequestException("something.else", "odd")).code())
        .isEqualTo(ImapResponseCode.CANNOT);
  }

  @Test
  void ofTargetShouldAskTheClientToCreateAMissingTarget() {
    NotFoundException missing = new NotFoundException("folder.notfound", "No such folder: 客户");

    assertThat(ImapFailures.ofTarget(missing).code()).isEqualTo(ImapResponseCode.TRYCREATE);
    assertThat(ImapFailures.ofTarget(missing).text()).isEqualTo("No such folder: 客户");
  }

  @Test
  void textShouldNeverCarryALineBreak() {
    assertThat(ImapFailures.of(new InvalidRequestException("x", "two\r\nlines")).text())
        .isEqualTo("two lines");
  }
}
