package org.jadepost.account.entity;

/** The role of an account inside its own domain. */
public enum Role {
  USER,
  DOMAIN_ADMIN
}
