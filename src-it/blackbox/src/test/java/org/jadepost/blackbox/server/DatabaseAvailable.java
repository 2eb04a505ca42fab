package org.jadepost.blackbox.server;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class, with the reason in the report and on the console, when this failsafe
 * execution's database is not available; fails it instead under {@code CI=true}. For classes that
 * start their own servers; {@link SharedJadepost} applies the same rule.
 */
public final class DatabaseAvailable implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (context.getTestMethod().isPresent()) {
      return ConditionEvaluationResult.enabled("decided for the whole class");
    }
    return Database.unavailable()
        .map(
            why -> {
              System.err.println("[jadepost-it] " + context.getDisplayName() + ": " + why);
              return ConditionEvaluationResult.disabled(why);
            })
        .orElseGet(() -> ConditionEvaluationResult.enabled("database available"));
  }
}
