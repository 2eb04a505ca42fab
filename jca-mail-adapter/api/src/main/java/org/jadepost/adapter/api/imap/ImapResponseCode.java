package org.jadepost.adapter.api.imap;

/**
 * The response codes an {@link ImapException} may carry, sent in brackets before the text of a
 * tagged {@code NO} (RFC 3501 §7.1, RFC 5530, RFC 4315, RFC 7889).
 */
public enum ImapResponseCode {
  /** No code: a plain {@code NO}. */
  NONE,
  /** RFC 5530: the account or server is temporarily unavailable; try again later. */
  UNAVAILABLE,
  /** RFC 5530: wrong user name or password (LOGIN, AUTHENTICATE). */
  AUTHENTICATIONFAILED,
  /** RFC 5530: the credentials are right but this account may not log in here. */
  AUTHORIZATIONFAILED,
  /** RFC 5530: the password or authorization code has expired. */
  EXPIRED,
  /** RFC 5530: the client must use TLS first. */
  PRIVACYREQUIRED,
  /** RFC 5530: the user should contact the administrator (for example a locked account). */
  CONTACTADMIN,
  /** RFC 5530: the user may not do this (for example delete a special-use folder). */
  NOPERM,
  /** RFC 5530: the folder is in use by another operation; try again. */
  INUSE,
  /** RFC 5530: some of the messages were expunged meanwhile. */
  EXPUNGEISSUED,
  /** RFC 5530: an internal error; the text says no more than that. */
  SERVERBUG,
  /** RFC 5530: the request cannot be done as asked (for example RENAME onto itself). */
  CANNOT,
  /** RFC 5530: a limit was reached (for example too many folders). */
  LIMIT,
  /** RFC 5530: the quota is used up (APPEND, COPY, MOVE). */
  OVERQUOTA,
  /** RFC 5530: the folder already exists (CREATE, RENAME). */
  ALREADYEXISTS,
  /** RFC 5530: the folder does not exist (SELECT, STATUS, DELETE, RENAME, ...). */
  NONEXISTENT,
  /** RFC 3501 §7.1: the target folder of APPEND, COPY or MOVE does not exist but can be created. */
  TRYCREATE,
  /** RFC 7889: the message is larger than the server accepts (APPEND). */
  TOOBIG
}
