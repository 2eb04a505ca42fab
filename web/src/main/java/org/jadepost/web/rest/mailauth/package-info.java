/** REST resources of email authentication (FEATURES T4). Call mailauth boundaries only. */
package org.jadepost.web.rest.mailauth;
