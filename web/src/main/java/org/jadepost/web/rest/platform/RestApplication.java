package org.jadepost.web.rest.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The admin REST API under {@code /api}, described at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Jadepost administration API",
            version = "1",
            description =
                "Provision domains and users. HTTP Basic authentication with an administrator"
                    + " login: the provider administrator, or a domain administrator for his own"
                    + " domain."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {}
