package org.jadepost.web.webmail.tags;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.jadepost.account.entity.Actor;
import org.jadepost.mailbox.boundary.TagService;
import org.jadepost.mailbox.entity.TagRules;
import org.jadepost.mailbox.entity.TagSummary;
import org.jadepost.mailbox.entity.TaggedMessage;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Actions;
import org.jadepost.web.faces.Messages;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backs {@code /webmail/tags.xhtml}: the user's tags in their colours with their message counts, a
 * form to add one, one to change or delete the chosen tag, and the mail of the chosen tag.
 */
@Model
@ViewScoped
public class TagsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The colours offered, by their bundle key under {@code webmail.org.colour.}. */
  static final List<String> PALETTE =
      List.of(
          "#e53935", "#fb8c00", "#fdd835", "#43a047", "#00897b", "#1e88e5", "#8e24aa", "#757575");

  @Inject TagService tagService;
  @Inject Actor actor;

  private List<TagSummary> tags;
  private List<TaggedMessage> messages = List.of();
  private String name;
  private String colour = PALETTE.get(0);
  private Long tagId;
  private String newName;
  private String newColour = PALETTE.get(0);

  /** Loads the tags (f:viewAction and after every change). */
  public void load() {
    tags = tagService.tags(actor);
  }

  /** Adds tag {@link #getName()} in {@link #getColour()}. */
  public void create() {
    run(() -> tagService.create(actor, name, colour), "webmail.org.tags.created", name);
    name = null;
  }

  /** Gives the chosen tag the new name and colour. */
  public void update() {
    if (tagId != null) {
      run(
          () -> tagService.update(actor, tagId, newName, newColour),
          "webmail.org.tags.updated",
          newName);
    }
  }

  /** Deletes the chosen tag; it comes off every message. */
  public void delete() {
    if (tagId != null) {
      String label = label(tagId);
      run(() -> tagService.delete(actor, tagId), "webmail.org.tags.deleted", label);
      tagId = null;
      messages = List.of();
    }
  }

  /** Shows the mail of the chosen tag. */
  public void show() {
    if (tagId != null) {
      try {
        messages = tagService.messages(actor, tagId);
      } catch (BusinessException e) {
        Messages.error(e);
      }
    }
  }

  private void run(Runnable action, String successKey, String argument) {
    Actions.run(action, successKey, argument);
    load();
  }

  private String label(Long id) {
    return tags.stream().filter(t -> t.id() == id).map(TagSummary::name).findFirst().orElse("");
  }

  public List<TagSummary> getTags() {
    return tags;
  }

  public List<TaggedMessage> getMessages() {
    return messages;
  }

  public List<String> getPalette() {
    return PALETTE;
  }

  public int getMaxTags() {
    return TagRules.MAX_TAGS;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getColour() {
    return colour;
  }

  public void setColour(String colour) {
    this.colour = colour;
  }

  public Long getTagId() {
    return tagId;
  }

  public void setTagId(Long tagId) {
    this.tagId = tagId;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewColour() {
    return newColour;
  }

  public void setNewColour(String newColour) {
    this.newColour = newColour;
  }
}
