/** Trace headers and the host name delivery stamps on accepted mail. */
package org.jadepost.delivery.control;
