/**
 * One {@link org.jadepost.adapter.pop3.command.Pop3CmdHandler} per POP3 command (RFC 1939 §§4-7,
 * RFC 2449 CAPA, RFC 2595 STLS, RFC 5034 AUTH). Each declares the states it is valid in; the
 * dispatcher checks them, so no handler tests the state itself. Handlers parse their arguments,
 * call {@link org.jadepost.adapter.pop3.session.Pop3Backend} and return a {@link
 * org.jadepost.adapter.pop3.session.Pop3Response}; they never write bytes.
 */
package org.jadepost.adapter.pop3.command;
