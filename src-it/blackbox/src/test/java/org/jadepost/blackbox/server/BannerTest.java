package org.jadepost.blackbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BannerTest {

  private static final String RUNNING =
      """
      Starting Jadepost (pid 1, log /x/logs/server.log) ...

        Jadepost is running.
          Webmail and consoles  http://127.0.0.1:18080/
      %s
        Press Ctrl-C to stop.
      """;

  @Test
  void findShouldReadGeneratedAdministratorPassword() {
    Banner banner =
        Banner.find(RUNNING.formatted("    Administrator login  admin / jGtdnsZgASvaus2")).get();

    assertThat(banner.generatedAdminPassword()).contains("jGtdnsZgASvaus2");
    assertThat(banner.adminLoginLine()).isEqualTo("Administrator login  admin / jGtdnsZgASvaus2");
  }

  @Test
  void findShouldSeeNoPasswordWhenBannerShowsHint() {
    Banner banner =
        Banner.find(
                RUNNING.formatted(
                    "    Administrator login  admin / (the password shown at first start)"))
            .get();

    assertThat(banner.generatedAdminPassword()).isEmpty();
  }

  @Test
  void findShouldWaitForLastLine() {
    assertThat(Banner.find("Starting Jadepost ...\n  Jadepost is running.\n")).isEmpty();
  }
}
