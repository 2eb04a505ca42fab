/** In-container tests of the account boundaries (accounts, departments, authentication). */
package org.jadepost.it.account;
