/** JMX control of the batch jobs ({@code org.jadepost:type=Jobs}). */
package org.jadepost.batch.jmx;
