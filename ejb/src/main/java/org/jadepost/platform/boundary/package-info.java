/** Start-up of the platform: the schema migration every other component waits for. */
package org.jadepost.platform.boundary;
