/**
 * Drive control: where transfer-station bytes live on disk ({@link
 * org.jadepost.drive.control.TransferStorage}). Called by the drive boundary and other BCs'
 * boundaries (compose); uses the platform data directory.
 */
package org.jadepost.drive.control;
