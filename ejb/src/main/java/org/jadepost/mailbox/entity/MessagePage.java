package org.jadepost.mailbox.entity;

import java.util.List;

/**
 * One page of a folder, newest first, with the cursor for the next page (keyset paging: the cost of
 * a page does not grow with its depth in a 100,000-message folder).
 *
 * @param messages the page
 * @param nextCursor the cursor to pass for the next page, {@code null} on the last page
 */
public record MessagePage(List<MessageSummary> messages, String nextCursor) {}
