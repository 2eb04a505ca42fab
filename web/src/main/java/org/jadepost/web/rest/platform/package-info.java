/**
 * The admin REST API's plumbing: the JAX-RS application, HTTP Basic authentication of
 * administrators, and JSON error bodies. Calls ejb boundaries only.
 */
package org.jadepost.web.rest.platform;
