/**
 * One {@link org.jadepost.adapter.smtp.command.CmdHandler} per SMTP command, plus the parsers of
 * command lines, paths and MAIL parameters. Handlers return a reply; the dispatcher writes it.
 *
 * <p>It may call {@code adapter.api}, {@code adapter.net}, {@code adapter.smtp.session}, {@code
 * adapter.smtp.hook} and {@code adapter.smtp.data}.
 */
package org.jadepost.adapter.smtp.command;
