/** MicroProfile Health checks: database and mail listeners (readiness), liveness. */
package org.jadepost.web.rest.monitoring;
