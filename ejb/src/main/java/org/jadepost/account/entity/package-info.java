/**
 * Accounts (users and domain administrators), departments, provider administrators, and the {@link
 * org.jadepost.account.entity.Actor} every boundary call is made on behalf of.
 */
package org.jadepost.account.entity;
