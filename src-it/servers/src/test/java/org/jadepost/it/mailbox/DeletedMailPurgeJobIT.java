package org.jadepost.it.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.Set;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jadepost.account.boundary.AccountService;
import org.jadepost.account.entity.Actor;
import org.jadepost.it.deployment.Deployments;
import org.jadepost.it.deployment.Tenants;
import org.jadepost.mailbox.boundary.MailboxService;
import org.jadepost.mailbox.boundary.TrashService;
import org.jadepost.mailbox.entity.DeletedSummary;
import org.jadepost.mailbox.entity.SpecialUse;
import org.jadepost.tenancy.boundary.DomainService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * DeletedMailPurgeJob (FEATURES K3) in the deployed EAR on the application server, not only on the
 * embedded run: started through the server's JobOperator, it completes, forgets mail emptied more
 * than 14 days ago and keeps recent emptied mail restorable.
 */
@ExtendWith(ArquillianExtension.class)
class DeletedMailPurgeJobIT {

  private static final String JOB = "DeletedMailPurgeJob";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.jadepostEar();
  }

  @Inject TrashService trash;
  @Inject MailboxService mailbox;
  @Inject DomainService domains;
  @Inject AccountService accounts;

  @Test
  void purgeJobShouldForgetMailEmptiedMoreThanFourteenDaysAgoAndKeepRecentMail() throws Exception {
    Actor alice = Tenants.newUser(domains, accounts, "purge", "alice");
    long deleted = trashFolder(alice);
    mailbox.append(alice, deleted, message("old offer"), Set.of());
    mailbox.append(alice, deleted, message("recent offer"), Set.of());
    assertThat(trash.empty(alice, SpecialUse.TRASH)).isEqualTo(2);
    age(alice, "old offer", Duration.ofDays(15));

    JobOperator jobs = BatchRuntime.getJobOperator();
    JobExecution execution = awaitEnd(jobs, jobs.start(JOB, new Properties()));

    assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(Long.parseLong(execution.getExitStatus())).as("entries purged").isPositive();
    assertThat(trash.restorable(alice))
        .extracting(DeletedSummary::subject)
        .containsExactly("recent offer");
  }

  // Moves the emptied entry of {@code subject} back in time: only the database can do that.
  private static void age(Actor owner, String subject, Duration by) throws Exception {
    DataSource data = InitialContext.doLookup("java:comp/DefaultDataSource");
    try (Connection connection = data.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE mail_deleted SET deleted_at = ? WHERE subject = ? AND account_id ="
                    + " (SELECT a.id FROM account a JOIN mail_domain d ON a.domain_id = d.id"
                    + " WHERE a.local_part = ? AND d.name = ?)")) {
      update.setObject(1, OffsetDateTime.now(ZoneOffset.UTC).minus(by));
      update.setString(2, subject);
      update.setString(3, owner.localPart());
      update.setString(4, owner.domain());
      assertThat(update.executeUpdate()).isOne();
    }
  }

  private static JobExecution awaitEnd(JobOperator jobs, long id) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JobExecution execution = jobs.getJobExecution(id);
    // The runtime may show COMPLETED before it stores the exit status; the end time comes with it.
    while (execution.getEndTime() == null && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      execution = jobs.getJobExecution(id);
    }
    return execution;
  }

  private long trashFolder(Actor actor) {
    return mailbox.folders(actor).stream()
        .filter(f -> f.specialUse() == SpecialUse.TRASH)
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static ByteArrayInputStream message(String subject) {
    String raw = "From: partner@sender.example\r\nSubject: " + subject + "\r\n\r\nx\r\n";
    return new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8));
  }
}
