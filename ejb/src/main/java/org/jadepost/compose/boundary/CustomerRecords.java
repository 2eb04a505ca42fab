package org.jadepost.compose.boundary;

import java.util.Map;
import java.util.Optional;
import org.jadepost.account.entity.Account;

/**
 * The hook through which customer management (CRM) fills template placeholders from a customer's
 * record ({name}, {salutation}, {company} ...). No implementation exists until the CRM feature
 * lands; templates then fall back to the directory and the address itself.
 */
public interface CustomerRecords {

  /** Placeholder values for mail from {@code user} to {@code address}, if it is a customer. */
  Optional<Map<String, String>> placeholders(Account user, String address);
}
