/** Mail arriving over SMTP on the MX listener, checked from outside like a sending MTA would. */
package org.jadepost.blackbox.delivery;
