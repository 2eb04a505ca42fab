/** Helpers of the monitoring component: product version and the JMX registration. */
package org.jadepost.monitoring.control;
