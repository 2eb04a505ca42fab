/** Entry point for managing hosted domains (FEATURES A1). Called by web and REST. */
package org.jadepost.tenancy.boundary;
