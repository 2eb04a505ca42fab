/**
 * Scheduled send in the webmail (C4): the "send later" part of the compose screen and the list of
 * scheduled mail. Calls {@code compose.boundary.ScheduledMailService} only.
 */
package org.jadepost.web.webmail.scheduled;
