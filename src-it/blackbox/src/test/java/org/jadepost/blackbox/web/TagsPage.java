package org.jadepost.blackbox.web;

import java.util.List;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** {@code /webmail/tags.xhtml}: the user's tags, their colours and their mail. */
public class TagsPage {

  @FindBy(id = "nav-tags")
  WebElement nav;

  @FindBy(id = "page-title")
  WebElement title;

  @FindBy(id = "limits")
  WebElement limits;

  @FindBy(css = "[id='tags:list'] .tag-name")
  List<WebElement> names;

  @FindBy(css = "[id='tags:list'] .tag-chip")
  List<WebElement> chips;

  @FindBy(css = "[id='tags:list'] .tag-count")
  List<WebElement> counts;

  @FindBy(id = "tags:name")
  WebElement name;

  @FindBy(id = "tags:colour")
  WebElement colour;

  @FindBy(id = "tags:create")
  WebElement create;

  @FindBy(id = "tags:tag")
  WebElement tag;

  @FindBy(id = "tags:new-name")
  WebElement newName;

  @FindBy(id = "tags:new-colour")
  WebElement newColour;

  @FindBy(id = "tags:show")
  WebElement show;

  @FindBy(id = "tags:update")
  WebElement update;

  @FindBy(id = "tags:delete")
  WebElement delete;

  @FindBy(css = "[id='tags:tagged'] .tagged-subject")
  List<WebElement> taggedSubjects;

  @FindBy(css = "[id='tags:tagged'] .tagged-folder")
  List<WebElement> taggedFolders;

  @FindBy(id = "messages")
  WebElement messages;

  /** The tag names listed, in order. */
  List<String> names() {
    return names.stream().map(e -> e.getText().strip()).toList();
  }
}
