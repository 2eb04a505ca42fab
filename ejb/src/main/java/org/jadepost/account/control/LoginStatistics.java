package org.jadepost.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.jadepost.account.entity.LoginResult;

/** Login counters since this node started, for JMX (B4). */
@ApplicationScoped
public class LoginStatistics {

  private final AtomicLong successes = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicLong refusals = new AtomicLong();
  private final AtomicLong locks = new AtomicLong();

  /** Counts one logged entry. */
  public void count(LoginResult result) {
    switch (result) {
      case SUCCESS -> successes.incrementAndGet();
      case FAILURE -> failures.incrementAndGet();
      case REFUSED -> refusals.incrementAndGet();
      case LOCKED -> locks.incrementAndGet();
    }
  }

  public long successes() {
    return successes.get();
  }

  /** Wrong secrets, unknown users, disabled accounts, codes required. */
  public long failures() {
    return failures.get();
  }

  /** Attempts refused because the login or the address was locked. */
  public long refusals() {
    return refusals.get();
  }

  /** Locks set on a login or an address. */
  public long locks() {
    return locks.get();
  }
}
