/** REST resources for the accounts of a domain. Calls the account boundary only. */
package org.jadepost.web.rest.account;
