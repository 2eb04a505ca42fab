/**
 * Browser tests of the Faces consoles and the webmail shell in headless Chromium, in English and
 * Chinese. {@link org.jadepost.blackbox.web.WebIT} starts the browser and holds the guards; the
 * page objects only locate elements with {@code @FindBy}.
 */
package org.jadepost.blackbox.web;
