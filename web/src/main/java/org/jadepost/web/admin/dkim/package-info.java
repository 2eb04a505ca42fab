/** The DKIM page of the domain console (FEATURES T4). Calls mailauth boundaries only. */
package org.jadepost.web.admin.dkim;
