package org.jadepost.adapter.net;

/**
 * One unit of client input produced by {@link LineDecoder}: a line, the notice that a line was too
 * long and was dropped, a literal the protocol asked for, or one part of a streamed literal.
 */
public sealed interface InboundFrame permits Line, LineTooLong, Literal, LiteralChunk {}
