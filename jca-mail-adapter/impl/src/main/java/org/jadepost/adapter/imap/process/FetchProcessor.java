package org.jadepost.adapter.imap.process;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapFlag;
import org.jadepost.adapter.api.imap.ImapMessage;
import org.jadepost.adapter.api.imap.ImapResponseCode;
import org.jadepost.adapter.api.imap.ImapStore;
import org.jadepost.adapter.api.imap.ImapStoreMode;
import org.jadepost.adapter.imap.decode.ImapDates;
import org.jadepost.adapter.imap.request.FetchItem;
import org.jadepost.adapter.imap.request.FetchRequest;
import org.jadepost.adapter.imap.response.ImapResponse.FetchResponse;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.response.ReplyText;
import org.jadepost.adapter.imap.session.ImapSession;
import org.jadepost.adapter.imap.session.SelectedMailbox;

/**
 * FETCH and UID FETCH (RFC 3501 §6.4.5, §6.4.8, RFC 7162 §3.1.4): metadata from the listener in
 * batches, everything else computed from the message's bytes.
 */
public final class FetchProcessor implements ImapProcessor<FetchRequest> {

  /** UIDs per listener call (the contract promises at most 1,000). */
  static final int BATCH = 1000;

  @Override
  public StatusResponse process(FetchRequest request, ImapSession session) throws ImapException {
    SelectedMailbox mailbox = session.selected().orElseThrow();
    long[] uids = mailbox.resolve(request.set(), request.uid());
    boolean setSeen = !mailbox.readOnly() && request.items().stream().anyMatch(FetchItem::setsSeen);
    if (request.changedSince() >= 0
        || request.items().stream().anyMatch(i -> i.kind() == FetchItem.Kind.MODSEQ)) {
      session.enableCondstore();
    }
    if (request.vanished()) {
      if (!session.qresync()) {
        return Done.bad(request, ReplyText.QRESYNC_NOT_ENABLED); // RFC 7162 §3.2.6
      }
      List<long[]> ranges = request.set().resolve(Math.max(1, mailbox.uidNext() - 1));
      Expunges.earlier(session, mailbox, request.changedSince(), ranges);
    }
    for (int from = 0; from < uids.length; from += BATCH) {
      long[] batch = Arrays.copyOfRange(uids, from, Math.min(uids.length, from + BATCH));
      List<ImapMessage> messages =
          session
              .backend()
              .call("fetch", 3, l -> l.fetch(session.currentCaller(), mailbox.name(), batch));
      long[] unseen =
          messages.stream()
              .filter(m -> !ImapFlag.SEEN.in(m.flags()))
              .mapToLong(ImapMessage::uid)
              .toArray();
      if (setSeen && unseen.length > 0) {
        ImapStore seen =
            new ImapStore(
                mailbox.name(), unseen, ImapStoreMode.ADD, ImapFlag.SEEN.bit(), List.of(), -1);
        mailbox.absorb(
            session
                .backend()
                .call("store", 2, l -> l.store(session.currentCaller(), seen))
                .updated()
                .stream()
                .mapToLong(org.jadepost.adapter.api.imap.ImapFlagState::modseq)
                .toArray());
      }
      for (ImapMessage message : messages) {
        int msn = mailbox.msn(message.uid());
        if (msn > 0 && message.modseq() > request.changedSince()) {
          session.send(new FetchResponse(msn, items(request, session, message, setSeen)));
        }
      }
    }
    return Done.ok(request);
  }

  private static List<ImapValue> items(
      FetchRequest request, ImapSession session, ImapMessage message, boolean setSeen)
      throws ImapException {
    MimePart parsed = null;
    List<ImapValue> items = new ArrayList<>();
    boolean flagsListed = false;
    boolean headerOnly = request.items().stream().allMatch(BodySections::headerOnly);
    for (FetchItem item : request.items()) {
      if (item.needsContent() && parsed == null) {
        parsed = scan(message, headerOnly);
      }
      flagsListed |= item.kind() == FetchItem.Kind.FLAGS;
      switch (item.kind()) {
        case UID -> add(items, "UID", ImapValue.num(message.uid()));
        case FLAGS -> add(items, "FLAGS", FlagItems.flags(message.flags(), message.keywords()));
        case INTERNALDATE ->
            add(
                items,
                "INTERNALDATE",
                ImapValue.str(
                    ImapDates.DATE_TIME.format(
                        message.internalDate().atZone(ZoneId.systemDefault()))));
        case RFC822_SIZE -> add(items, "RFC822.SIZE", ImapValue.num(message.size()));
        case MODSEQ -> add(items, "MODSEQ", ImapValue.list(ImapValue.num(message.modseq())));
        case ENVELOPE -> add(items, "ENVELOPE", MessageStructure.envelope(parsed));
        case BODYSTRUCTURE -> add(items, "BODYSTRUCTURE", MessageStructure.structure(parsed, true));
        case BODY -> add(items, "BODY", MessageStructure.structure(parsed, false));
        case RFC822 ->
            add(items, "RFC822", BodySections.range(message.content(), 0, parsed.end, null));
        case RFC822_HEADER -> add(items, "RFC822.HEADER", new ImapValue.Str(parsed.header));
        case RFC822_TEXT ->
            add(
                items,
                "RFC822.TEXT",
                BodySections.range(message.content(), parsed.bodyStart, parsed.end, null));
        case SECTION ->
            add(
                items,
                BodySections.label(item),
                BodySections.section(parsed, item, message.content()));
      }
    }
    if (setSeen && !flagsListed && !ImapFlag.SEEN.in(message.flags())) {
      add(
          items,
          "FLAGS",
          FlagItems.flags(message.flags() | ImapFlag.SEEN.bit(), message.keywords()));
    }
    return items;
  }

  private static void add(List<ImapValue> items, String name, ImapValue value) {
    items.add(ImapValue.atom(name));
    items.add(value);
  }

  private static MimePart scan(ImapMessage message, boolean headerOnly) throws ImapException {
    try (InputStream in = message.content().open()) {
      return headerOnly ? MimeScanner.scanHeader(in) : MimeScanner.scan(in);
    } catch (IOException | RuntimeException e) {
      throw new ImapException(ImapResponseCode.SERVERBUG, "Cannot read message " + message.uid());
    }
  }
}
