package org.jadepost.mailbox.entity;

/** Read model of a folder for the folder tree, IMAP LIST/STATUS and quota displays. */
public record FolderSummary(
    long id,
    String path,
    String name,
    SpecialUse specialUse,
    int messageCount,
    int unseenCount,
    long sizeBytes,
    long uidValidity,
    long uidNext,
    long highestModseq) {

  /** The summary of {@code folder}. */
  public static FolderSummary of(MailFolder folder) {
    return new FolderSummary(
        folder.getId(),
        folder.getPath(),
        folder.getName(),
        folder.getSpecialUse(),
        folder.getMessageCount(),
        folder.getUnseenCount(),
        folder.getSizeBytes(),
        folder.getUidValidity(),
        folder.getUidNext(),
        folder.getHighestModseq());
  }
}
