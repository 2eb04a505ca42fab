package org.jadepost.adapter.imap.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jadepost.adapter.api.imap.ImapException;
import org.jadepost.adapter.api.imap.ImapFolder;
import org.jadepost.adapter.api.imap.ImapFolderAttribute;
import org.jadepost.adapter.api.imap.ImapListener;
import org.jadepost.adapter.imap.request.ListRequest;
import org.jadepost.adapter.imap.response.ImapResponse.DataResponse;
import org.jadepost.adapter.imap.response.ImapResponse.StatusResponse;
import org.jadepost.adapter.imap.response.ImapValue;
import org.jadepost.adapter.imap.session.ImapSession;

/**
 * LIST and LSUB (RFC 3501 §6.3.8, §6.3.9) with CHILDREN (RFC 3348), {@code \Subscribed} and the
 * SPECIAL-USE selection (RFC 5258, RFC 6154).
 */
public final class ListProcessor implements ImapProcessor<ListRequest> {

  private static final String DELIMITER = String.valueOf(ImapListener.DELIMITER);

  @Override
  public StatusResponse process(ListRequest request, ImapSession session) throws ImapException {
    if (!request.lsub() && request.patterns().equals(List.of(""))) {
      session.send(data(request, List.of(ImapValue.atom("\\Noselect")), ImapValue.str("")));
      return Done.ok(request);
    }
    List<ImapFolder> folders =
        new ArrayList<>(
            session.backend().call("folders", 1, l -> l.folders(session.currentCaller())));
    folders.sort(Comparator.comparing(ImapFolder::name));
    List<Pattern> patterns = new ArrayList<>();
    for (String pattern : request.patterns()) {
      patterns.add(regex(Folders.decode(session, request.reference() + pattern)));
    }
    for (ImapFolder folder : folders) {
      if (selected(request, folder)
          && patterns.stream().anyMatch(p -> p.matcher(folder.name()).matches())) {
        session.send(
            data(
                request,
                attributes(request, folder, folders),
                Folders.encode(session, folder.name())));
      }
    }
    return Done.ok(request);
  }

  private static boolean selected(ListRequest request, ImapFolder folder) {
    boolean subscribed = folder.has(ImapFolderAttribute.SUBSCRIBED);
    if ((request.lsub() || request.subscribedOnly()) && !subscribed) {
      return false;
    }
    return !request.specialUseOnly()
        || folder.attributes().stream().anyMatch(ImapFolderAttribute::specialUse);
  }

  private static List<ImapValue> attributes(
      ListRequest request, ImapFolder folder, List<ImapFolder> all) {
    List<ImapValue> attributes = new ArrayList<>();
    for (ImapFolderAttribute attribute : folder.attributes()) {
      if (attribute != ImapFolderAttribute.SUBSCRIBED || request.subscribedOnly()) {
        attributes.add(ImapValue.atom(attribute.atom()));
      }
    }
    if (!request.lsub()) {
      String prefix = folder.name() + DELIMITER;
      boolean children = all.stream().anyMatch(f -> f.name().startsWith(prefix));
      attributes.add(ImapValue.atom(children ? "\\HasChildren" : "\\HasNoChildren"));
    }
    return attributes;
  }

  private static DataResponse data(
      ListRequest request, List<ImapValue> attributes, ImapValue name) {
    return DataResponse.of(
        ImapValue.atom(request.lsub() ? "LSUB" : "LIST"),
        ImapValue.list(attributes),
        ImapValue.str(DELIMITER),
        name);
  }

  /** {@code *} matches anything, {@code %} anything but the delimiter (RFC 3501 §6.3.8). */
  static Pattern regex(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '%' -> regex.append("[^").append(Pattern.quote(DELIMITER)).append("]*");
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    boolean inbox = pattern.regionMatches(true, 0, "INBOX", 0, Math.min(5, pattern.length()));
    return Pattern.compile(regex.toString(), inbox ? Pattern.CASE_INSENSITIVE : 0);
  }
}
