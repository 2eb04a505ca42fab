/** REST resources of a user's own mailbox. */
package org.jadepost.web.rest.mailbox;
