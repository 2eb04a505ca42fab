package org.jadepost.mailbox.entity;

/**
 * The decoded content of one part of a message, for a download or an inline image.
 *
 * @param name the file name
 * @param contentType the content type without parameters
 * @param content the decoded bytes
 */
public record MessagePart(String name, String contentType, byte[] content) {}
