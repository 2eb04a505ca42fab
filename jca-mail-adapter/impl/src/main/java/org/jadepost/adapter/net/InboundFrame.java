package org.jadepost.adapter.net;

/**
 * One unit of client input produced by {@link LineDecoder}: a line, the notice that a line was too
 * long and was dropped, or a literal the protocol asked for.
 */
public sealed interface InboundFrame permits Line, LineTooLong, Literal {}
