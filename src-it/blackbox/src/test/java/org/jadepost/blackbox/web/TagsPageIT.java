package org.jadepost.blackbox.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.Mailbox;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.MxSender;
import org.junit.jupiter.api.Test;

/**
 * The tags page in English (FEATURES D7): a user adds a coloured tag, sees the mail tagged with it,
 * changes its name and colour, and deletes it.
 */
class TagsPageIT extends WebIT {

  @Test
  void userShouldCreateShowChangeAndDeleteATag() {
    String alice = provisioning.createUser(provisioning.createDomain("tag-en"), "alice", "Alice");
    MxSender.deliver(
        server,
        alice,
        "From: partner@sender.example\r\nSubject: offer\r\n\r\nx\r\n".getBytes(UTF_8));
    signIn(alice, Provisioning.PASSWORD);
    guardHttp(on(TagsPage.class).nav::click);
    TagsPage page = on(TagsPage.class);
    assertThat(page.title.getText()).isEqualTo("Tags");
    assertThat(page.limits.getText()).contains("up to 20 tags");

    page.name.sendKeys("Customers");
    choose(page.colour, "Green");
    guardAjax(page.create::click);
    page = on(TagsPage.class);
    assertThat(page.messages.getText()).contains("Tag Customers created.");
    assertThat(page.names()).containsExactly("Customers");
    assertThat(page.chips.get(0).getDomAttribute("title")).isEqualTo("#43a047");

    ApiClient api = ApiClient.as(server.baseUri(), alice, Provisioning.PASSWORD);
    long tag =
        api.get("/api/v1/mailbox/tags")
            .jsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    long inbox = new Mailbox(server, alice).folder("INBOX").getJsonNumber("id").longValue();
    JsonObject uids =
        Json.createObjectBuilder()
            .add("folderId", inbox)
            .add("uids", Json.createArrayBuilder().add(1))
            .build();
    assertThat(api.post("/api/v1/mailbox/tags/" + tag + "/messages", uids).status()).isEqualTo(200);

    guardHttp(on(TagsPage.class).nav::click);
    page = on(TagsPage.class);
    assertThat(page.counts.get(0).getText()).isEqualTo("1");
    choose(page.tag, "Customers");
    guardAjax(page.show::click);
    page = on(TagsPage.class);
    assertThat(page.taggedSubjects.stream().map(e -> e.getText())).containsExactly("offer");
    assertThat(page.taggedFolders.stream().map(e -> e.getText())).containsExactly("Inbox");

    retype(page.newName, "Clients");
    choose(page.newColour, "Purple");
    guardAjax(page.update::click);
    page = on(TagsPage.class);
    assertThat(page.names()).containsExactly("Clients");
    assertThat(page.chips.get(0).getDomAttribute("title")).isEqualTo("#8e24aa");

    choose(page.tag, "Clients");
    guardAjax(page.delete::click);
    page = on(TagsPage.class);
    assertThat(page.messages.getText()).contains("Tag Clients deleted");
    assertThat(page.names()).isEmpty();
  }
}
