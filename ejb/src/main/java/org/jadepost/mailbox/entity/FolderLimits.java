package org.jadepost.mailbox.entity;

import org.jadepost.platform.entity.InvalidRequestException;

/**
 * The size limits of a folder tree (FEATURES D6): at most {@link #MAX_FOLDERS} custom folders and
 * {@link #MAX_LEVELS} levels. The same limits apply to the webmail, REST and IMAP CREATE/RENAME.
 * Pure rules, no persistence.
 */
public final class FolderLimits {

  /** The most custom folders (not counting the system folders) one mailbox may have. */
  public static final int MAX_FOLDERS = 300;

  /** The deepest nesting: {@code a/b/c/d/e/f} has six levels. */
  public static final int MAX_LEVELS = 6;

  private FolderLimits() {}

  /**
   * Refuses a new folder when the mailbox already has {@code customFolders} custom folders.
   *
   * @throws InvalidRequestException {@code folder.limit.count} at the limit
   */
  public static void requireRoom(long customFolders) {
    if (customFolders >= MAX_FOLDERS) {
      throw new InvalidRequestException(
          "folder.limit.count",
          "A mailbox holds at most " + MAX_FOLDERS + " folders",
          String.valueOf(MAX_FOLDERS));
    }
  }

  /**
   * Refuses a folder at {@code path} when it has more than {@link #MAX_LEVELS} levels.
   *
   * @throws InvalidRequestException {@code folder.limit.depth} when it is too deep
   */
  public static void requireDepth(FolderPath path) {
    requireDepth(path, 0);
  }

  /**
   * Refuses a folder at {@code path} with inferiors {@code levelsBelow} levels deeper (a rename or
   * move of a whole subtree) when the deepest of them would have more than {@link #MAX_LEVELS}.
   *
   * @throws InvalidRequestException {@code folder.limit.depth} when it is too deep
   */
  public static void requireDepth(FolderPath path, int levelsBelow) {
    if (path.levels().size() + levelsBelow > MAX_LEVELS) {
      throw new InvalidRequestException(
          "folder.limit.depth",
          "Folders nest at most " + MAX_LEVELS + " levels: " + path,
          String.valueOf(MAX_LEVELS),
          path.value());
    }
  }
}
