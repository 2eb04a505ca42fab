/** Pages every signed-in principal has, whatever his role: changing his own password. */
package org.jadepost.web.account;
