package org.jadepost.web.rest.monitoring;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code GET /status/ready}: the application's own readiness checks in the MicroProfile Health JSON
 * shape, 200 when all are UP and 503 otherwise. It exists beside {@code /health/ready} because
 * WildFly does not run the health checks of an EAR's modules (WFLY-12835); here they run on every
 * server.
 */
@WebServlet("/status/ready")
public class ReadinessServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject @Any @Readiness Instance<HealthCheck> checks;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean up = true;
    JsonArrayBuilder results = Json.createArrayBuilder();
    for (HealthCheck check : checks) {
      HealthCheckResponse result = check.call();
      up &= result.getStatus() == HealthCheckResponse.Status.UP;
      JsonObjectBuilder entry =
          Json.createObjectBuilder()
              .add("name", result.getName())
              .add("status", result.getStatus().name());
      result.getData().ifPresent(data -> entry.add("data", data(data)));
      results.add(entry);
    }
    response.setStatus(up ? 200 : 503);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", results)
                .build()
                .toString());
  }

  private static JsonObjectBuilder data(java.util.Map<String, Object> data) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    data.forEach((key, value) -> object.add(key, String.valueOf(value)));
    return object;
  }
}
