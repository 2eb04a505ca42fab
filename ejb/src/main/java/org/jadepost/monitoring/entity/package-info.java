/** Read models of the monitoring component. */
package org.jadepost.monitoring.entity;
