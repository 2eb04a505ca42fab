/** Provider console: the list of hosted domains, creating and editing them (FEATURES A1). */
package org.jadepost.web.admin.domains;
