/** Domain console: the accounts of a domain (FEATURES R1). */
package org.jadepost.web.admin.users;
