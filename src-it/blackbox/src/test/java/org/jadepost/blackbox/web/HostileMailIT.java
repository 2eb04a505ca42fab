package org.jadepost.blackbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.MxSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The hostile-mail corpus, delivered over SMTP and opened in Chromium: scripts, event handlers, CSS
 * expressions, SVG, javascript: and data: URLs, meta refresh, forms, frames, broken MIME and a
 * wrong charset. Every payload tries to retitle the mail screen and to reach a loopback listener
 * this test runs; neither may happen, and each mail's harmless text must still show.
 */
class HostileMailIT extends WebIT {

  private ServerSocket listener;
  private final AtomicInteger hits = new AtomicInteger();

  @BeforeEach
  void listen() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread thread = new Thread(this::accept, "loopback-listener");
    thread.setDaemon(true);
    thread.start();
  }

  @AfterEach
  void stopListening() throws IOException {
    listener.close();
  }

  @Test
  void hostileMailsShouldRunNoScriptReachNothingAndStillShowTheirText() throws Exception {
    String alice = provisioning.createUser(provisioning.createDomain("hostile"), "alice", "Alice");
    Map<String, byte[]> corpus = corpus(alice, "http://127.0.0.1:" + listener.getLocalPort());
    for (byte[] mail : corpus.values()) {
      MxSender.deliver(server, alice, mail);
    }
    signIn(alice, Provisioning.PASSWORD);
    String title = driver().getTitle();

    for (Map.Entry<String, byte[]> entry : corpus.entrySet()) {
      String subject = entry.getKey();
      guardAjax(on(MailPage.class).open(subject)::click);
      assertThat(bodyText()).as(subject).contains("Visible " + subject);
      Thread.sleep(300);
      assertThat(driver().getTitle()).as(subject).isEqualTo(title);
    }
    String bodyUrl = on(MailPage.class).body.get(0).getDomProperty("src");
    HttpResponse<byte[]> frame = BrowserHttp.get(driver(), URI.create(bodyUrl));
    assertThat(frame.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("default-src 'none'")
        .contains("sandbox")
        .doesNotContain("allow-scripts")
        .doesNotContain("allow-same-origin");
    Thread.sleep(1000);
    assertThat(hits).as("requests to the loopback listener").hasValue(0);
    assertThat(driver().getTitle()).isEqualTo(title);
  }

  @Test
  void remoteImagesShouldLoadOnlyAfterTheReaderAsks() throws Exception {
    String bob = provisioning.createUser(provisioning.createDomain("remote"), "bob", "Bob");
    String url = "http://127.0.0.1:" + listener.getLocalPort() + "/pixel.png";
    MxSender.deliver(
        server,
        bob,
        TestMails.html(bob, "Tracked", "<p>Visible Tracked</p><img src=\"" + url + "\">"));
    signIn(bob, Provisioning.PASSWORD);

    guardAjax(on(MailPage.class).open("Tracked")::click);
    assertThat(bodyText()).contains("Visible Tracked");
    Thread.sleep(500);
    assertThat(hits).hasValue(0);
    MailPage mail = on(MailPage.class);
    assertThat(mail.remoteBar)
        .singleElement()
        .extracting(WebElement::getText)
        .asString()
        .contains("Remote images in this message were blocked");

    guardAjax(mail.showRemote::click);
    assertThat(bodyText()).contains("Visible Tracked");
    waitUntil(d -> hits.get() > 0);
    assertThat(on(MailPage.class).remoteBar).isEmpty();
  }

  @Test
  void alwaysShowingASendersImagesShouldLoadThemInHisNextMailOnly() throws Exception {
    String carol = provisioning.createUser(provisioning.createDomain("trust"), "carol", "Carol");
    String base = "http://127.0.0.1:" + listener.getLocalPort();
    MxSender.deliver(
        server,
        carol,
        TestMails.html(carol, "First", "<p>Visible First</p><img src=\"" + base + "/1.png\">"));
    MxSender.deliver(
        server,
        carol,
        TestMails.html(carol, "Second", "<p>Visible Second</p><img src=\"" + base + "/2.png\">"));
    MxSender.deliver(
        server,
        carol,
        TestMails.html(
            "Stranger <x@other.example>",
            carol,
            "Other",
            "<p>Visible Other</p><img src=\"" + base + "/3.png\">"));
    signIn(carol, Provisioning.PASSWORD);

    guardAjax(on(MailPage.class).open("First")::click);
    guardAjax(on(MailPage.class).trustSender::click);
    assertThat(bodyText()).contains("Visible First");
    waitUntil(d -> hits.get() >= 1);
    int afterFirst = hits.get();

    guardAjax(on(MailPage.class).open("Second")::click);
    assertThat(on(MailPage.class).remoteBar).isEmpty();
    assertThat(bodyText()).contains("Visible Second");
    waitUntil(d -> hits.get() > afterFirst);
    Thread.sleep(500);
    int afterSecond = hits.get();

    guardAjax(on(MailPage.class).open("Other")::click);
    assertThat(bodyText()).contains("Visible Other");
    Thread.sleep(500);
    assertThat(hits).hasValue(afterSecond);
    assertThat(on(MailPage.class).remoteBar).hasSize(1);
  }

  private String bodyText() {
    WebElement frame = waitUntil(d -> d.findElement(By.id("read-body")));
    driver().switchTo().frame(frame);
    try {
      return waitUntil(
          d -> {
            String text = d.findElement(By.tagName("body")).getText();
            return text.isBlank() ? null : text;
          });
    } finally {
      driver().switchTo().defaultContent();
    }
  }

  private static Map<String, byte[]> corpus(String to, String listener) {
    String pwn = "top.document.title='PWNED';new Image().src='" + listener + "/js'";
    Map<String, String> html = new LinkedHashMap<>();
    html.put("Script", "<script>" + pwn + "</script><p>Visible Script</p>");
    html.put(
        "Handlers",
        "<img src=x onerror=\""
            + pwn
            + "\"><p onmouseover=\""
            + pwn
            + "\">Visible Handlers</p><body onload=\""
            + pwn
            + "\">");
    html.put(
        "Css",
        "<div style=\"width:expression(alert(1));background:url("
            + listener
            + "/css)\">Visible Css</div><style>@import url("
            + listener
            + "/import);</style>");
    html.put(
        "Svg",
        "<svg onload=\""
            + pwn
            + "\"><script>"
            + pwn
            + "</script></svg><p>Visible Svg</p><img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">");
    html.put(
        "Urls",
        "<a id=js href=\"javascript:"
            + pwn
            + "\">Visible Urls</a><a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">data</a><a href=\"vbscript:msgbox(1)\">vb</a>");
    html.put(
        "Refresh",
        "<meta http-equiv=\"refresh\" content=\"0;url="
            + listener
            + "/meta\"><p>Visible Refresh</p><base href=\""
            + listener
            + "/\">");
    html.put(
        "Form",
        "<form action=\""
            + listener
            + "/form\" method=post><input name=q value=1><button id=go>Go</button></form><p>Visible Form</p>");
    html.put(
        "Frames",
        "<iframe src=\""
            + listener
            + "/frame\"></iframe><object data=\""
            + listener
            + "/obj\"></object><embed src=\""
            + listener
            + "/embed\"><p>Visible Frames</p><link rel=stylesheet href=\""
            + listener
            + "/link\">");
    Map<String, byte[]> mails = new LinkedHashMap<>();
    html.forEach((subject, body) -> mails.put(subject, TestMails.html(to, subject, body)));
    mails.put(
        "Broken",
        TestMails.crlf(
            "From: x@sender.example\nTo: "
                + to
                + "\nSubject: Broken\nMIME-Version: 1.0"
                + "\nContent-Type: multipart/alternative; boundary=\"zz\"\n\n--zz\nContent-Type: text/html\n\n"
                + "<p>Visible Broken</p><script>"
                + pwn
                + "</script>\n--zz\nContent-Type: text/plain; charset=\n"));
    mails.put(
        "Charset",
        TestMails.crlf(
            "From: x@sender.example\nTo: "
                + to
                + "\nSubject: Charset\nMIME-Version: 1.0"
                + "\nContent-Type: text/html; charset=x-no-such-charset\n\n"
                + "<p>Visible Charset</p>\n<scr<script>ipt>"
                + pwn
                + "</script><img src=x onerror="
                + pwn
                + ">\n"));
    return mails;
  }

  private void accept() {
    while (!listener.isClosed()) {
      try (Socket socket = listener.accept()) {
        hits.incrementAndGet();
        socket
            .getOutputStream()
            .write("HTTP/1.0 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      } catch (IOException e) {
        if (!listener.isClosed()) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
