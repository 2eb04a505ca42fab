package org.jadepost.web.webmail.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SafeHtmlTest {

  private static final Function<String, Optional<String>> NO_INLINE = cid -> Optional.empty();

  @Test
  void sanitizeShouldDropScriptsHandlersFormsFramesAndSvgWhenMailIsHostile() {
    String hostile =
        "<p onclick=\"alert(1)\">Hello</p><script>document.title='x'</script>"
            + "<img src=x onerror=\"alert(2)\"><svg><script>alert(3)</script></svg>"
            + "<form action=\"http://evil/\"><input name=a></form><iframe src=\"http://evil/\"></iframe>"
            + "<meta http-equiv=\"refresh\" content=\"0;url=http://evil/\">"
            + "<a href=\"javascript:alert(4)\">js</a><a href=\"data:text/html,<script>x</script>\">d</a>"
            + "<div style=\"width:expression(alert(5));background:url(http://evil/x)\">css</div>"
            + "<style>body{background:url(http://evil/)}</style><object data=x></object>";

    String safe = SafeHtml.of(hostile, NO_INLINE, false).html();

    assertThat(safe)
        .contains("Hello", "js", "css")
        .doesNotContainIgnoringCase("script")
        .doesNotContainIgnoringCase("onclick")
        .doesNotContainIgnoringCase("onerror")
        .doesNotContainIgnoringCase("<form")
        .doesNotContainIgnoringCase("<iframe")
        .doesNotContainIgnoringCase("<svg")
        .doesNotContainIgnoringCase("refresh")
        .doesNotContainIgnoringCase("javascript:")
        .doesNotContainIgnoringCase("data:")
        .doesNotContainIgnoringCase("expression")
        .doesNotContainIgnoringCase("evil")
        .doesNotContainIgnoringCase("<object");
  }

  @Test
  void sanitizeShouldOpenLinksInNewWindowWithoutOpenerWhenLinkIsHttp() {
    String safe = SafeHtml.of("<a href=\"https://example.com/\">x</a>", NO_INLINE, false).html();

    assertThat(safe)
        .contains("href=\"https://example.com/\"")
        .contains("target=\"_blank\"")
        .contains("noopener")
        .contains("noreferrer");
  }

  @Test
  void sanitizeShouldBlockRemoteImagesAndServeInlineOnesWhenRemoteNotAllowed() {
    SafeHtml safe =
        SafeHtml.of(
            "<img src=\"http://tracker/x.png\"><img src=\"cid:logo@x\"><img src=\"cid:nope\">"
                + "<img src=\"data:image/png;base64,AAAA\">",
            cid ->
                cid.equals("logo@x")
                    ? Optional.of("data:image/png;base64,TE9HTw==")
                    : Optional.empty(),
            false);

    assertThat(safe.blockedImages()).isEqualTo(1);
    assertThat(safe.html())
        .doesNotContain("tracker")
        .doesNotContain("AAAA")
        .containsOnlyOnce("<img")
        .contains("TE9HTw");
  }

  @Test
  void sanitizeShouldKeepRemoteImagesWhenReaderAllowedThem() {
    SafeHtml safe = SafeHtml.of("<img src=\"https://img.example/x.png\">", NO_INLINE, true);

    assertThat(safe.blockedImages()).isZero();
    assertThat(safe.html()).contains("src=\"https://img.example/x.png\"");
  }
}
