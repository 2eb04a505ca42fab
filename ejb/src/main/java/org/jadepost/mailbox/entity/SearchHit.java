package org.jadepost.mailbox.entity;

/**
 * A message a search found, with the folder it lies in.
 *
 * @param folderId the folder
 * @param folderPath the folder's path (system folders by their IMAP name)
 * @param message the message as a list shows it
 */
public record SearchHit(long folderId, String folderPath, MessageSummary message) {}
