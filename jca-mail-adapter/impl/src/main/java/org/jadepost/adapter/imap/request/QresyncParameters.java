package org.jadepost.adapter.imap.request;

import java.util.Optional;

/**
 * The QRESYNC parameter of SELECT and EXAMINE (RFC 7162 §3.2.5): what the client knew when it last
 * had the folder. The optional sequence match data is read and not used; this server keeps the
 * expunges since a modseq, or else computes them from the known UIDs.
 *
 * @param uidValidity the UIDVALIDITY the client knew
 * @param modseq the last known modseq
 * @param knownUids the UIDs the client knows, if it said
 */
public record QresyncParameters(long uidValidity, long modseq, Optional<SequenceSet> knownUids) {}
