package org.jadepost.adapter.imap.process;

import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.imap.request.ImapRequest;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.session.ImapSession;

/**
 * Executes one command: sends its untagged responses through the session and returns the tagged
 * completion. An {@link ImapException} becomes {@code NO [code] text} in the dispatcher.
 */
@FunctionalInterface
public interface ImapProcessor<R extends ImapRequest> {

  /** Processes {@code request}. */
  StatusResponse process(R request, ImapSession session) throws ImapException;
}
