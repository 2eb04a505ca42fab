package org.jadepost.blackbox.server;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test classes the one server of this JVM: started by the first class that needs it, kept in
 * the root store and stopped when the engine finishes. Each start costs half a minute, so the REST,
 * probe, JMX, loopback and browser classes share it; no test relies on another having run (each
 * works on its own domains). The server has a fixed administrator password and remote JMX on.
 *
 * <p>Use {@code @ExtendWith(SharedJadepost.class)} and take a {@link JadepostProcess} parameter.
 */
public final class SharedJadepost
    implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedJadepost.class);

  private final DatabaseAvailable databaseAvailable = new DatabaseAvailable();

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return databaseAvailable.evaluateExecutionCondition(context);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == JadepostProcess.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return server(context);
  }

  private static JadepostProcess server(ExtensionContext context) {
    ServerSettings settings =
        ServerSettings.named("shared")
            .withAdminPassword(randomPassword())
            .withJmx(randomPassword())
            // Every test logs in from loopback, many of them with wrong passwords on purpose; the
            // address lock is tested by LoginLockIT on a server of its own.
            .with("JADEPOST_LOGIN_MAX_FAILURES_PER_IP", "100000");
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            "server", key -> JadepostProcess.startFresh(settings), JadepostProcess.class);
  }

  /** A password that meets every rule: long, letters and digits. */
  public static String randomPassword() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return "It" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "7";
  }
}
