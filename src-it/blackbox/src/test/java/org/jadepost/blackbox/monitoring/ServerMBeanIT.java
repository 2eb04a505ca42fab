package org.jadepost.blackbox.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.jadepost.blackbox.api.ApiClient;
import org.jadepost.blackbox.api.Provisioning;
import org.jadepost.blackbox.server.JadepostProcess;
import org.jadepost.blackbox.server.SharedJadepost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code org.jadepost:type=Server} MBean over remote JMX ({@code JADEPOST_JMX_PORT}), as
 * JConsole or a monitoring agent would read it, with the password-file login the launcher sets up.
 */
@ExtendWith(SharedJadepost.class)
class ServerMBeanIT {

  private static final String SERVER_MBEAN = "org.jadepost:type=Server";

  private JadepostProcess server;
  private JMXServiceURL url;

  @BeforeEach
  void locate(JadepostProcess server) throws IOException {
    this.server = server;
    url =
        new JMXServiceURL(
            "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + server.ports().jmx() + "/jmxrmi");
  }

  @Test
  void countsShouldFollowDomainsAndUsersCreatedThroughTheApi() throws Exception {
    try (JMXConnector jmx = connect("admin", server.jmxPassword().orElseThrow())) {
      MBeanServerConnection mbeans = jmx.getMBeanServerConnection();
      long domains = (Long) attribute(mbeans, "DomainCount");
      long users = (Long) attribute(mbeans, "UserCount");

      Provisioning provisioning = new Provisioning(server);
      String domain = provisioning.createDomain("jmx");
      provisioning.createUser(domain, "one", "One");
      provisioning.createUser(domain, "two", "Two");

      assertThat(attribute(mbeans, "DomainCount")).isEqualTo(domains + 1);
      assertThat(attribute(mbeans, "UserCount")).isEqualTo(users + 2);
    }
  }

  @Test
  void loginCountersShouldCountSuccessesAndFailures() throws Exception {
    try (JMXConnector jmx = connect("admin", server.jmxPassword().orElseThrow())) {
      MBeanServerConnection mbeans = jmx.getMBeanServerConnection();
      long failures = (Long) attribute(mbeans, "LoginFailureCount");
      long successes = (Long) attribute(mbeans, "LoginSuccessCount");

      String nobody = Provisioning.unique("nobody") + "@nowhere.example";
      assertThat(
              ApiClient.as(server.baseUri(), nobody, "Secret2024pw")
                  .get("/api/v1/domains")
                  .status())
          .isEqualTo(401);
      new Provisioning(server).createDomain("jmxlogin");

      assertThat((Long) attribute(mbeans, "LoginFailureCount")).isGreaterThan(failures);
      assertThat((Long) attribute(mbeans, "LoginSuccessCount")).isGreaterThan(successes);
      assertThat((Long) attribute(mbeans, "LockedLoginCount")).isNotNegative();
    }
  }

  @Test
  void versionAndUptimeShouldBeReported() throws Exception {
    try (JMXConnector jmx = connect("admin", server.jmxPassword().orElseThrow())) {
      MBeanServerConnection mbeans = jmx.getMBeanServerConnection();
      String liveVersion =
          ApiClient.anonymous(server.baseUri())
              .get("/health/live")
              .json()
              .getJsonArray("checks")
              .getJsonObject(0)
              .getJsonObject("data")
              .getString("version");

      assertThat(attribute(mbeans, "Version")).isEqualTo(liveVersion);
      assertThat((Long) attribute(mbeans, "UptimeSeconds")).isNotNegative();
    }
  }

  @Test
  void theDeletedMailPurgeShouldRunOnDemandFromJmx() throws Exception {
    try (JMXConnector jmx = connect("admin", server.jmxPassword().orElseThrow())) {
      MBeanServerConnection mbeans = jmx.getMBeanServerConnection();
      ObjectName jobs = new ObjectName("org.jadepost:type=Jobs");
      long execution = (Long) mbeans.invoke(jobs, "startDeletedMailPurge", null, null);

      String status = "STARTING";
      for (int i = 0; i < 120 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
        Thread.sleep(500);
        status =
            (String)
                mbeans.invoke(jobs, "jobStatus", new Object[] {execution}, new String[] {"long"});
      }
      String exit =
          (String)
              mbeans.invoke(jobs, "jobExitStatus", new Object[] {execution}, new String[] {"long"});

      assertThat(status).isEqualTo("COMPLETED");
      assertThat(exit).as("the number of purged entries").matches("\\d+");
    }
  }

  @Test
  void connectWithoutCredentialsShouldBeRefused() {
    assertThatThrownBy(() -> JMXConnectorFactory.connect(url, null).close())
        .isInstanceOf(SecurityException.class);
  }

  @Test
  void connectWithWrongPasswordShouldBeRefused() {
    assertThatThrownBy(() -> connect("admin", server.jmxPassword().orElseThrow() + "x").close())
        .isInstanceOf(SecurityException.class);
  }

  @Test
  void connectWithAdminPasswordOfTheWebShouldBeRefused() {
    assertThatThrownBy(() -> connect("admin", server.adminPassword()).close())
        .isInstanceOf(SecurityException.class);
  }

  private JMXConnector connect(String user, String password) throws IOException {
    return JMXConnectorFactory.connect(
        url, Map.of(JMXConnector.CREDENTIALS, new String[] {user, password}));
  }

  private static Object attribute(MBeanServerConnection mbeans, String name)
      throws IOException, JMException {
    return mbeans.getAttribute(new ObjectName(SERVER_MBEAN), name);
  }
}
