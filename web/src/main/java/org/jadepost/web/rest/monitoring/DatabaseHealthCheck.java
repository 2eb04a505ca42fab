package org.jadepost.web.rest.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jadepost.monitoring.boundary.ServerStatistics;

/** Ready only when the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  @Inject ServerStatistics statistics;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(statistics.databaseUp()).build();
  }
}
