/**
 * Entry points for accounts, departments and authentication (FEATURES B1, B2, R1), and the start-up
 * creation of the provider administrator. Called by web, REST and MDBs.
 */
package org.jadepost.account.boundary;
