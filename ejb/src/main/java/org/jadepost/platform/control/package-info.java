/** Shared infrastructure: the data directory and its safe file writes. */
package org.jadepost.platform.control;
