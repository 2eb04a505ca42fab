package org.jadepost.mailbox.entity;

/**
 * One message named across folders: its folder and UID.
 *
 * @param folderId the folder holding it
 * @param uid its UID there
 */
public record MessageRef(long folderId, long uid) {}
