package org.jadepost.drive.entity;

/**
 * The outcome of appending a chunk to a transfer-station file.
 *
 * @param accepted false when the chunk did not start at the received length (nothing was written)
 * @param received the received length after the call: where the next chunk must start
 * @param complete whether every byte has now arrived
 */
public record ChunkResult(boolean accepted, long received, boolean complete) {}
