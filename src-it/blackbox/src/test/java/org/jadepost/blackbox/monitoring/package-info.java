/** Black-box tests of what operators watch: health endpoints, the probe socket and JMX. */
package org.jadepost.blackbox.monitoring;
