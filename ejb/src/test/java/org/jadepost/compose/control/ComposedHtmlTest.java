package org.jadepost.compose.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComposedHtmlTest {

  @Test
  void scriptsHandlersAndJavascriptLinksShouldNeverBeStored() {
    String html =
        "<p onclick=\"steal()\">Hi<script>alert(1)</script></p>"
            + "<a href=\"javascript:alert(2)\">x</a><a href=\"https://example.com/a\">ok</a>"
            + "<img src=\"https://tracker.example/p.gif\" onerror=\"alert(3)\">";

    String clean = ComposedHtml.sanitize(html);

    assertThat(clean)
        .doesNotContain("script")
        .doesNotContain("onclick")
        .doesNotContain("javascript")
        .doesNotContain("onerror")
        .contains("Hi")
        .contains("href=\"https://example.com/a\"");
  }

  @Test
  void editorClassesShouldBecomeInlineStylesMergedWithColour() {
    String html =
        "<p class=\"ql-align-center\">t</p>"
            + "<p><span class=\"ql-size-large\" style=\"color: rgb(230, 0, 0);\">big red</span></p>"
            + "<p class=\"ql-indent-2\">i</p><span class=\"ql-font-monospace\">m</span>";

    String clean = ComposedHtml.sanitize(html);

    assertThat(clean)
        .contains("text-align:center")
        .contains("font-size:1.5em")
        .containsPattern("style=\"color:rgb\\( ?230 ?, ?0 ?, ?0 ?\\);font-size:1.5em\"")
        .contains("padding-left:6em")
        .contains("monospace")
        .doesNotContain("class=");
  }

  @Test
  void brokenDataImageShouldBeDroppedNotSent() {
    ComposedHtml.Body body =
        ComposedHtml.prepare("<img src=\"data:image/png;base64,!!!notbase64\"><p>t</p>", "x.cn");

    assertThat(body.images()).isEmpty();
    assertThat(body.html()).doesNotContain("data:").contains("<p>t</p>");
  }
}
