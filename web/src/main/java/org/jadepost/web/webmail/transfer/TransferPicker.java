package org.jadepost.web.webmail.transfer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.entity.Actor;
import org.jadepost.compose.entity.OutgoingAttachment;
import org.jadepost.drive.boundary.TransferService;
import org.jadepost.drive.entity.TransferInfo;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.omnifaces.util.Faces;

/**
 * The transfer station as the compose screen sees it (C3): the complete files to pick from, and a
 * picked or freshly uploaded file turned into a large-file link attachment with its share URL.
 */
@Named
@RequestScoped
public class TransferPicker {

  @Inject TransferService transfer;
  @Inject Actor actor;

  /** The user's complete files, oldest first. */
  public List<TransferInfo> getFiles() {
    return transfer.list(actor).stream().filter(TransferInfo::complete).toList();
  }

  /**
   * File {@code id} (a request parameter, so any text) of the user as a link attachment; empty,
   * with an error message, when it is not his or not complete.
   */
  public Optional<OutgoingAttachment> link(String id) {
    try {
      TransferInfo file = transfer.get(actor, Long.parseLong(id == null ? "" : id.strip()));
      if (!file.complete()) {
        Messages.error("error.transfer.incomplete");
        return Optional.empty();
      }
      String url = Faces.getRequestBaseURL() + "transfer/" + file.token();
      return Optional.of(
          new OutgoingAttachment(
              file.name(),
              file.contentType(),
              file.size(),
              new OutgoingAttachment.TransferLink(file.id(), url, file.expiresAt())));
    } catch (NumberFormatException e) {
      Messages.error("error.transfer.notfound");
      return Optional.empty();
    } catch (BusinessException e) {
      Messages.error(e);
      return Optional.empty();
    }
  }
}
