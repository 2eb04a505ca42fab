/** The compose screen: write, reply, forward, attach, save drafts and send (C1-C3, C5, C8). */
package org.jadepost.web.webmail.compose;
