package org.jadepost.web.rest.mailbox;

/**
 * The body of {@code POST /api/v1/mailbox/folders} and {@code PUT /api/v1/mailbox/folders/{id}}.
 *
 * @param name the folder's own name (one level, no {@code /})
 * @param parentId the folder to put it under; absent for the top level
 */
public record FolderRequest(String name, Long parentId) {}
