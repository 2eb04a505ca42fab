/**
 * Extension points of the SMTP command handlers, after James' hooks: a {@link
 * org.jadepost.adapter.smtp.hook.MailHook} or {@link org.jadepost.adapter.smtp.hook.RcptHook}
 * returns a {@link org.jadepost.adapter.smtp.hook.HookResult}; the first result that is not {@code
 * DECLINED} decides, and when all decline the MDB is asked. Adapter-side policies live in {@code
 * policy}.
 *
 * <p>It may call {@code adapter.api} and {@code adapter.smtp.session}.
 */
package org.jadepost.adapter.smtp.hook;
