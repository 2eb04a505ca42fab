/**
 * Operational views of the running server: statistics, the JMX MBeans under {@code
 * org.jadepost:type=...} (FEATURES R2), health facts, and the diagnostic probe listener.
 */
package org.jadepost.monitoring.boundary;
