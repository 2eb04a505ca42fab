/** Domain store and the rules for domain names and quotas. Called by boundaries only. */
package org.jadepost.tenancy.control;
