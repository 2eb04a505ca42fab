package org.jadepost.adapter.net;

/**
 * Reports that a line exceeded the limit. The reader drops the line up to its terminator and then
 * reads normally again, so the protocol can reply with an error and keep the connection.
 *
 * @param maxLineLength the limit that was exceeded, in bytes
 */
public record LineTooLong(int maxLineLength) implements InboundFrame {}
