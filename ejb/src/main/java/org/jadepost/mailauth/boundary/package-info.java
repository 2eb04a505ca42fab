/** Entry point for the DKIM DNS record and key rotation per domain. Called by web and REST. */
package org.jadepost.mailauth.boundary;
