package org.jadepost.blackbox.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.ApiResponse;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** {@code /webmail/folders.xhtml}: the user's folders and the forms that change them. */
public class FoldersPage {

  @FindBy(id = "nav-folders")
  WebElement nav;

  @FindBy(id = "page-title")
  WebElement title;

  @FindBy(id = "limits")
  WebElement limits;

  @FindBy(css = "[id='folders:list'] .folder-path")
  List<WebElement> paths;

  @FindBy(css = "[id='folders:list'] .folder-name")
  List<WebElement> names;

  @FindBy(id = "folders:name")
  WebElement name;

  @FindBy(id = "folders:parent")
  WebElement parent;

  @FindBy(id = "folders:create")
  WebElement create;

  @FindBy(id = "folders:folder")
  WebElement folder;

  @FindBy(id = "folders:new-name")
  WebElement newName;

  @FindBy(id = "folders:new-parent")
  WebElement newParent;

  @FindBy(id = "folders:rename")
  WebElement rename;

  @FindBy(id = "folders:move")
  WebElement move;

  @FindBy(id = "folders:delete")
  WebElement delete;

  @FindBy(id = "messages")
  WebElement messages;

  /** The full names of the folders listed, in order. */
  List<String> paths() {
    return paths.stream().map(WebElement::getText).toList();
  }

  /** Creates {@code a/b/c/d/e/f} for {@code user} over REST and returns its path. */
  static String createSixLevels(JadepostProcess server, String user) {
    ApiClient api = ApiClient.as(server.baseUri(), user, Provisioning.PASSWORD);
    Long parent = null;
    String path = "";
    for (String level : new String[] {"a", "b", "c", "d", "e", "f"}) {
      JsonObjectBuilder body = Json.createObjectBuilder().add("name", level);
      if (parent != null) {
        body.add("parentId", parent);
      }
      ApiResponse created = api.post("/api/v1/mailbox/folders", body.build());
      parent = created.json().getJsonNumber("id").longValue();
      path = path.isEmpty() ? level : path + "/" + level;
    }
    return path;
  }
}
