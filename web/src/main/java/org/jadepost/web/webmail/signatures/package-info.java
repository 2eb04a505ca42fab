/** The pages for a user's signatures and templates (C6, C7, L4). */
package org.jadepost.web.webmail.signatures;
