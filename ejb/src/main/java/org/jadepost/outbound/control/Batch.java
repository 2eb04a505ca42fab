package org.jadepost.outbound.control;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jadepost.outbound.entity.OutboundDelivery;

/**
 * Claimed entries that go out in one SMTP transaction: same message, same recipient domain.
 *
 * @param entries the claimed rows (detached)
 */
public record Batch(List<OutboundDelivery> entries) {

  /** Groups claimed entries by message and recipient domain. */
  public static List<Batch> of(List<OutboundDelivery> claimed) {
    Map<String, List<OutboundDelivery>> groups =
        claimed.stream()
            .collect(
                Collectors.groupingBy(
                    d -> d.getAcceptId() + " " + d.getRecipientDomain(),
                    java.util.LinkedHashMap::new,
                    Collectors.toList()));
    return groups.values().stream().map(Batch::new).toList();
  }

  public OutboundDelivery first() {
    return entries.get(0);
  }

  public List<String> recipients() {
    return entries.stream().map(OutboundDelivery::getRecipient).toList();
  }
}
