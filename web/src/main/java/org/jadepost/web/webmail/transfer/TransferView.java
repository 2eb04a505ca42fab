package org.jadepost.web.webmail.transfer;

import jakarta.enterprise.inject.Model;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.jadepost.account.entity.Actor;
import org.jadepost.drive.boundary.TransferService;
import org.jadepost.drive.entity.TransferInfo;
import org.jadepost.web.faces.Actions;
import org.omnifaces.cdi.ViewScoped;

/**
 * Backs {@code /webmail/transfer.xhtml}: the user's transfer-station files with size, expiry and
 * share link, and how much of the limits they use. Uploads go from the page's script straight to
 * the chunked REST API; this bean lists and deletes.
 */
@Model
@ViewScoped
public class TransferView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TransferService transfer;
  @Inject Actor actor;

  private List<TransferInfo> files = List.of();

  /** Loads the user's files. */
  public void load() {
    files = transfer.list(actor);
  }

  /** Deletes file {@code id}. */
  public void delete(long id) {
    Actions.run(() -> transfer.delete(actor, id), "webmail.transfer.deleted", null);
    load();
  }

  public List<TransferInfo> getFiles() {
    return files;
  }

  /** How many bytes the user's files take (announced sizes). */
  public long getUsed() {
    return files.stream().mapToLong(TransferInfo::size).sum();
  }

  /** The most files a user may keep. */
  public int getMaxFiles() {
    return TransferService.MAX_FILES;
  }
}
