package org.jadepost.it.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jadepost.it.deployment.Tenants.PROVIDER;
import static org.jadepost.it.deployment.Tenants.uniqueDomain;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jadepost.account.boundary.AccountService;
import org.jadepost.account.entity.Actor;
import org.jadepost.account.entity.NewUser;
import org.jadepost.it.deployment.Deployments;
import org.jadepost.mailbox.boundary.MailboxService;
import org.jadepost.mailbox.entity.Flag;
import org.jadepost.mailbox.entity.FolderSummary;
import org.jadepost.mailbox.entity.MessagePage;
import org.jadepost.mailbox.entity.MessageSummary;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.platform.entity.ForbiddenException;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.platform.entity.NotFoundException;
import org.jadepost.tenancy.boundary.DomainService;
import org.jadepost.tenancy.entity.DomainSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link MailboxService} in the deployed EAR: folders, appends, paging, flags, quota, isolation.
 */
@ExtendWith(ArquillianExtension.class)
class MailboxServiceIT {

  @Inject MailboxService mailbox;
  @Inject AccountService accounts;
  @Inject DomainService domains;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.jadepostEar();
  }

  @Test
  void foldersShouldListTheSystemFoldersOfANewAccountEmpty() {
    Actor alice = newUser("alice", null);

    List<FolderSummary> folders = mailbox.folders(alice);

    assertThat(folders)
        .extracting(FolderSummary::specialUse)
        .containsExactlyInAnyOrder(SpecialUse.values());
    assertThat(folders).allSatisfy(f -> assertThat(f.messageCount()).isZero());
    assertThat(folders).extracting(FolderSummary::uidNext).containsOnly(1L);
  }

  @Test
  void appendShouldGiveIncreasingUidsAndCountUnseenMessages() {
    Actor alice = newUser("alice", null);
    long inbox = inbox(alice);

    MessageSummary first = mailbox.append(alice, inbox, message("报价单 1"), Set.of());
    MessageSummary second = mailbox.append(alice, inbox, message("报价单 2"), Set.of(Flag.SEEN));

    assertThat(first.uid()).isEqualTo(1);
    assertThat(second.uid()).isEqualTo(2);
    assertThat(first.subject()).isEqualTo("报价单 1");
    assertThat(first.fromName()).isEqualTo("王小明");
    FolderSummary folder = folder(alice, inbox);
    assertThat(folder.messageCount()).isEqualTo(2);
    assertThat(folder.unseenCount()).isEqualTo(1);
    assertThat(folder.uidNext()).isEqualTo(3);
    assertThat(folder.sizeBytes()).isEqualTo(first.sizeBytes() + second.sizeBytes());
  }

  @Test
  void listShouldPageNewestFirstWithoutGapsOrRepeats() {
    Actor alice = newUser("alice", null);
    long inbox = inbox(alice);
    for (int i = 1; i <= 7; i++) {
      mailbox.append(alice, inbox, message("m" + i), Set.of());
    }

    List<Long> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      MessagePage page = mailbox.list(alice, inbox, cursor, 3);
      page.messages().forEach(m -> seen.add(m.uid()));
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);
  }

  @Test
  void setFlagsShouldUpdateUnseenCountAndModseq() {
    Actor alice = newUser("alice", null);
    long inbox = inbox(alice);
    MessageSummary message = mailbox.append(alice, inbox, message("flag me"), Set.of());
    long modseqBefore = folder(alice, inbox).highestModseq();

    mailbox.setFlags(alice, inbox, message.uid(), EnumSet.of(Flag.SEEN, Flag.FLAGGED));

    FolderSummary folder = folder(alice, inbox);
    assertThat(folder.unseenCount()).isZero();
    assertThat(folder.highestModseq()).isGreaterThan(modseqBefore);
    assertThat(mailbox.list(alice, inbox, null, 10).messages().get(0).flags())
        .containsExactlyInAnyOrder(Flag.SEEN, Flag.FLAGGED);
  }

  @Test
  void appendShouldRefuseWhenTheMessageDoesNotFitTheQuota() {
    Actor alice = newUser("alice", 1024L);
    long inbox = inbox(alice);

    assertThatThrownBy(() -> mailbox.append(alice, inbox, bigMessage(2048), Set.of()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.code()).isEqualTo("mailbox.quota.exceeded"));
    assertThat(folder(alice, inbox).messageCount()).isZero();
  }

  @Test
  void foldersOfAnotherAccountShouldBeInvisible() {
    Actor alice = newUser("alice", null);
    Actor mallory = newUser("mallory", null);
    long aliceInbox = inbox(alice);
    mailbox.append(alice, aliceInbox, message("private"), Set.of());

    assertThatThrownBy(() -> mailbox.list(mallory, aliceInbox, null, 10))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> mailbox.append(mallory, aliceInbox, message("x"), Set.of()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> mailbox.setFlags(mallory, aliceInbox, 1, Set.of(Flag.SEEN)))
        .isInstanceOf(NotFoundException.class);
    assertThat(folder(alice, aliceInbox).unseenCount()).isEqualTo(1);
  }

  @Test
  void foldersShouldRefuseTheProviderAdministratorWhoHasNoMailbox() {
    assertThatThrownBy(() -> mailbox.folders(PROVIDER)).isInstanceOf(ForbiddenException.class);
  }

  private Actor newUser(String localPart, Long quotaBytes) {
    String domain = uniqueDomain("mbox");
    domains.create(PROVIDER, domain, DomainSettings.defaults());
    accounts.createUser(
        PROVIDER, domain, new NewUser(localPart, "Secret-123", localPart, quotaBytes, null, null));
    return new Actor(Actor.Kind.USER, localPart + "@" + domain, domain, localPart);
  }

  private long inbox(Actor actor) {
    return mailbox.folders(actor).stream()
        .filter(f -> f.specialUse() == SpecialUse.INBOX)
        .findFirst()
        .orElseThrow()
        .id();
  }

  private FolderSummary folder(Actor actor, long id) {
    return mailbox.folders(actor).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
  }

  private static ByteArrayInputStream message(String subject) {
    String raw =
        "From: =?UTF-8?B?546L5bCP5piO?= <wang@example.com>\r\n"
            + "To: alice@example.com\r\n"
            + "Subject: "
            + subject
            + "\r\n"
            + "Message-ID: <"
            + System.nanoTime()
            + "@example.com>\r\n\r\n"
            + "你好\r\n";
    return new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static ByteArrayInputStream bigMessage(int size) {
    return new ByteArrayInputStream(
        ("Subject: big\r\n\r\n" + "x".repeat(size)).getBytes(StandardCharsets.UTF_8));
  }
}
