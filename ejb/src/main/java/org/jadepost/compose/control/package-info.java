/** Turns a draft into RFC 5322 bytes, and an existing message into a reply or forward draft. */
package org.jadepost.compose.control;
