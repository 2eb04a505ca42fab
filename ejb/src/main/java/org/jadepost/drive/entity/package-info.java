/**
 * Drive entities: {@link org.jadepost.drive.entity.TransferFile}, a file in a user's transfer
 * station (D5), and its read model. Depends on nothing but JPA and the account entity.
 */
package org.jadepost.drive.entity;
