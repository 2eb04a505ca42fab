package org.jadepost.web.rest.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.jadepost.monitoring.boundary.ServerStatistics;

/**
 * Alive while the application answers and its EJB container works (without touching the database);
 * reports the version.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

  @Inject ServerStatistics statistics;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("jadepost")
        .up()
        .withData("version", statistics.version())
        .build();
  }
}
