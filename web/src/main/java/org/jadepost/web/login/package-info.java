/** The one login page for users and administrators (FEATURES B1), and logout. */
package org.jadepost.web.login;
