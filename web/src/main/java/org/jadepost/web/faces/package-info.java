/**
 * Cross-cutting web pieces: the signed-in principal, preferences, the access filter, security
 * headers and message helpers. Calls ejb boundaries only.
 */
package org.jadepost.web.faces;
