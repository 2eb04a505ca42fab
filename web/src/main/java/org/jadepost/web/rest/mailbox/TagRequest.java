package org.jadepost.web.rest.mailbox;

/**
 * The body of {@code POST /api/v1/mailbox/tags} and {@code PUT /api/v1/mailbox/tags/{id}}.
 *
 * @param name the tag's name, up to 40 characters
 * @param colour its colour, {@code #rrggbb}
 */
public record TagRequest(String name, String colour) {}
