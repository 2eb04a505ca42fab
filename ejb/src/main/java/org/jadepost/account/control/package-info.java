/**
 * Stores (EntityManager code), password hashing and the rules for names and passwords of the
 * account component. Called by account boundaries and by other components' boundaries.
 */
package org.jadepost.account.control;
