/**
 * The settings page of the webmail (FEATURES L1 basic, L2 display). Calls the mailbox boundary
 * ({@code WebmailSettingsService}) only, and switches the session's language when the user picks
 * one.
 */
package org.jadepost.web.webmail.settings;
