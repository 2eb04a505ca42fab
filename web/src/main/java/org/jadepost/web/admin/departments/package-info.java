/** Domain console: the organisation tree of departments (FEATURES R1, G1). */
package org.jadepost.web.admin.departments;
