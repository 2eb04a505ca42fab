package org.jadepost.mailbox.entity;

/**
 * A leaf part of a message the reader can download or show inline, addressed by its position in a
 * depth-first walk of the MIME tree.
 *
 * @param index the part's position, stable for one raw message
 * @param name its file name, or a generated one
 * @param contentType its content type without parameters, lower case
 * @param sizeBytes its decoded size
 * @param contentId its Content-ID without angle brackets, or {@code null}
 * @param inline whether it is an inline image of the HTML body rather than an attachment
 */
public record MessageAttachment(
    int index, String name, String contentType, long sizeBytes, String contentId, boolean inline) {}
