/** Black-box tests of email authentication (FEATURES T4): the DKIM record API and page. */
package org.jadepost.blackbox.mailauth;
