/** Black-box tests of hosted domains: {@code /api/v1/domains}. */
package org.jadepost.blackbox.tenancy;
