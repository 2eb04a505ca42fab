/** In-container tests of the tenancy boundary (domains), run inside the deployed EAR. */
package org.jadepost.it.tenancy;
