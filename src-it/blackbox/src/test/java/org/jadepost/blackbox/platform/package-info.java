/**
 * Black-box tests of the distribution as a whole: what {@code bin/jadepost run} binds, prints and
 * keeps across restarts, and the published OpenAPI document.
 */
package org.jadepost.blackbox.platform;
