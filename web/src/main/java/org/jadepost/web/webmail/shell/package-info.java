/** The webmail shell: header, user menu, folder tree, sign-out. Mail views build on it. */
package org.jadepost.web.webmail.shell;
