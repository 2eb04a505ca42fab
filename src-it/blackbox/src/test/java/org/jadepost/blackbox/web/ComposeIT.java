package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.ExternalClient;
import org.jadepost.blackbox.server.MxSender;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Writing mail in English: formatted text sent through the submission rules (DKIM, Sent copy), a
 * reply whose thread headers IMAP clients see, a draft saved by itself and reopened, and an invalid
 * address caught before sending.
 */
class ComposeIT extends WebIT {

  @Test
  void formattedMailShouldReachTheColleagueWithTextAlternativeAndASentCopy() {
    String domain = provisioning.createDomain("compose-en");
    String alice = provisioning.createUser(domain, "alice", "Alice Wong");
    String bob = provisioning.createUser(domain, "bob", "Bob");
    signIn(alice, Provisioning.PASSWORD);
    guardHttp(driver().findElement(By.id("nav-compose"))::click);
    ComposePage page = on(ComposePage.class);

    ComposePage.add(page.to, bob);
    page.subject.sendKeys("Weekly report");
    page.editor.click();
    page.editor.sendKeys("Sales are ");
    page.editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
    page.editor.sendKeys("up");
    page.editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
    page.editor.sendKeys(" this week.");
    guardHttp(page.send::click);

    assertThat(currentPath()).isEqualTo("/webmail/index.xhtml");
    assertThat(driver().findElement(By.id("messages")).getText()).contains("Your message was sent");
    String received = new Mailbox(server, bob).newestRaw("INBOX");
    assertThat(received)
        .contains("Subject: Weekly report")
        .contains("From: Alice Wong <" + alice + ">")
        .contains("DKIM-Signature:")
        .contains("with HTTPS")
        .contains("text/plain")
        .contains("Sales are up this week.")
        .containsPattern("<(strong|b)>up</(strong|b)>");
    String sent = new Mailbox(server, alice).newestRaw("SENT");
    assertThat(sent).contains("Subject: Weekly report").contains("To: " + bob);
  }

  @Test
  void replyShouldCarryTheThreadHeadersImapClientsSee() {
    String domain = provisioning.createDomain("compose-re");
    String alice = provisioning.createUser(domain, "alice", "Alice");
    String bob = provisioning.createUser(domain, "bob", "Bob");
    MxSender.deliver(
        server,
        alice,
        TestMails.crlf(
            "From: Bob <"
                + bob
                + ">\nTo: "
                + alice
                + "\nSubject: Sample request\nMessage-ID: <sample-2@"
                + domain
                + ">\nReferences: <sample-1@"
                + domain
                + ">\nDate: Fri, 27 Nov 2026 09:00:00 +0800\nContent-Type: text/plain; charset=UTF-8"
                + "\n\nPlease send two samples.\n"));
    signIn(alice, Provisioning.PASSWORD);
    MailPage mail = on(MailPage.class);
    guardAjax(mail.open("Sample request")::click);

    guardHttp(driver().findElement(By.id("reading:reply"))::click);
    ComposePage page = on(ComposePage.class);
    assertThat(ComposePage.tokens(driver(), "to")).singleElement().asString().contains(bob);
    assertThat(page.subject.getDomProperty("value")).isEqualTo("Re: Sample request");
    assertThat(page.editor.getText()).contains("Bob <" + bob + "> wrote:").contains("two samples");
    page.editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME), "Shipped today.");
    guardHttp(page.send::click);

    String headers =
        ExternalClient.python(
                "import imaplib,sys\n"
                    + "m=imaplib.IMAP4('127.0.0.1',int(sys.argv[1]))\n"
                    + "m.login(sys.argv[2],sys.argv[3])\n"
                    + "m.select('INBOX')\n"
                    + "t,d=m.uid('FETCH','1:*','(BODY.PEEK[HEADER.FIELDS (SUBJECT IN-REPLY-TO REFERENCES)] BODY.PEEK[TEXT])')\n"
                    + "print(d[0][1].decode()); print(d[1][1].decode())\n",
                String.valueOf(server.ports().imap()),
                bob,
                Provisioning.PASSWORD)
            .output();
    assertThat(headers)
        .contains("Subject: Re: Sample request")
        .contains("In-Reply-To: <sample-2@" + domain + ">")
        .contains("References: <sample-1@" + domain + "> <sample-2@" + domain + ">")
        .contains("Shipped today.");
  }

  @Test
  void draftShouldSaveItselfAndReopenAsItWas() {
    String domain = provisioning.createDomain("compose-dr");
    String alice = provisioning.createUser(domain, "alice", "Alice");
    signIn(alice, Provisioning.PASSWORD);
    ComposePage page = open("/webmail/compose.xhtml", ComposePage.class);

    ComposePage.add(page.to, "buyer@partner.example");
    ComposePage.add(page.bcc, "boss@" + domain);
    page.subject.sendKeys("Offer draft");
    page.editor.click();
    page.editor.sendKeys("First lines of the offer.");

    // The page saves every 10 s while the draft changes; a save may fall between two keystrokes.
    Mailbox mailbox = new Mailbox(server, alice);
    new WebDriverWait(driver(), Duration.ofSeconds(40))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("compose:status")).getText().startsWith("Draft saved at"));
    String raw =
        new WebDriverWait(driver(), Duration.ofSeconds(40))
            .until(d -> newestDraftHolding(mailbox, "First lines of the offer."));
    List<JsonObject> drafts = mailbox.messages("DRAFTS");
    assertThat(drafts)
        .singleElement()
        .extracting(d -> d.getString("subject"))
        .isEqualTo("Offer draft");
    long uid = drafts.get(0).getJsonNumber("uid").longValue();
    assertThat(raw).contains("Bcc: boss@" + domain).contains("To: buyer@partner.example");
    assertThat(imapFlags(alice, "Drafts")).contains("\\Draft");

    long draftsId = mailbox.folder("DRAFTS").getJsonNumber("id").longValue();
    open("/webmail/index.xhtml?folder=" + draftsId, MailPage.class);
    guardHttp(driver().findElement(By.cssSelector("#mail\\:list a.edit-draft"))::click);
    assertThat(driver().getCurrentUrl()).endsWith("/webmail/compose.xhtml?draft=" + uid);
    ComposePage reopened = on(ComposePage.class);
    assertThat(ComposePage.tokens(driver(), "to")).containsExactly("buyer@partner.example");
    assertThat(ComposePage.tokens(driver(), "bcc")).containsExactly("boss@" + domain);
    assertThat(reopened.subject.getDomProperty("value")).isEqualTo("Offer draft");
    assertThat(reopened.editor.getText()).isEqualTo("First lines of the offer.");
  }

  @Test
  void draftShouldBeSavedWhenTheUserLeavesAndNotAgainAfterItIsSent() {
    String domain = provisioning.createDomain("compose-leave");
    String alice = provisioning.createUser(domain, "alice", "Alice");
    String bob = provisioning.createUser(domain, "bob", "Bob");
    signIn(alice, Provisioning.PASSWORD);
    ComposePage page = open("/webmail/compose.xhtml", ComposePage.class);
    ComposePage.add(page.to, bob);
    page.subject.sendKeys("Leaving draft");
    page.editor.click();
    page.editor.sendKeys("Written just before the meeting.");

    // Straight away, well before the 10 s autosave: only the save on leaving can keep this.
    open("/webmail/index.xhtml", MailPage.class);

    Mailbox mailbox = new Mailbox(server, alice);
    new WebDriverWait(driver(), Duration.ofSeconds(20))
        .until(d -> newestDraftHolding(mailbox, "Written just before the meeting."));
    assertThat(mailbox.messages("DRAFTS"))
        .singleElement()
        .extracting(d -> d.getString("subject"))
        .isEqualTo("Leaving draft");

    long draftsId = mailbox.folder("DRAFTS").getJsonNumber("id").longValue();
    open("/webmail/index.xhtml?folder=" + draftsId, MailPage.class);
    guardHttp(driver().findElement(By.cssSelector("#mail\\:list a.edit-draft"))::click);
    guardHttp(on(ComposePage.class).send::click);
    Mailbox inbox = new Mailbox(server, bob);
    new WebDriverWait(driver(), Duration.ofSeconds(20))
        .until(d -> !inbox.messages("INBOX").isEmpty());
    // The page's save on leaving came with the redirect after Send: it must not bring the draft
    // back.
    ScheduledSteps.sleepUntil(Instant.now().plusSeconds(3));
    assertThat(mailbox.messages("DRAFTS")).isEmpty();
    assertThat(mailbox.messages("SENT"))
        .singleElement()
        .extracting(d -> d.getString("subject"))
        .isEqualTo("Leaving draft");
  }

  @Test
  void invalidAddressShouldBeMarkedAndRefusedWithoutSending() {
    String domain = provisioning.createDomain("compose-bad");
    String alice = provisioning.createUser(domain, "alice", "Alice");
    signIn(alice, Provisioning.PASSWORD);
    ComposePage page = open("/webmail/compose.xhtml", ComposePage.class);

    ComposePage.add(page.to, "broken@");
    page.subject.sendKeys("Never sent");
    guardAjax(page.send::click);

    assertThat(driver().findElement(By.id("compose:invalid")).getText())
        .contains("not valid")
        .contains("broken@");
    assertThat(driver().findElement(By.id("messages")).getText())
        .contains("Not a valid mail address: broken@");
    assertThat(currentPath()).isEqualTo("/webmail/compose.xhtml");
    assertThat(new Mailbox(server, alice).messages("SENT")).isEmpty();
  }

  private static String newestDraftHolding(Mailbox mailbox, String text) {
    List<JsonObject> drafts = mailbox.messages("DRAFTS");
    if (drafts.isEmpty()) {
      return null;
    }
    String raw = mailbox.raw("DRAFTS", drafts.get(0).getJsonNumber("uid").longValue());
    return raw.contains(text) ? raw : null;
  }

  private String imapFlags(String user, String folder) {
    ExternalClient.Run run =
        ExternalClient.run(
            "",
            "curl",
            "--silent",
            "--show-error",
            "--url",
            "imap://127.0.0.1:" + server.ports().imap() + "/" + folder,
            "--user",
            user + ":" + Provisioning.PASSWORD,
            "--request",
            "UID FETCH 1:* (FLAGS)");
    assertThat(run.exitCode()).as(run.output()).isZero();
    return run.output();
  }
}
