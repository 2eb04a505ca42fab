/** REST resources for hosted domains. Calls the tenancy boundary only. */
package org.jadepost.web.rest.tenancy;
