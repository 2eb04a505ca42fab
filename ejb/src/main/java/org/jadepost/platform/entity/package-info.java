/**
 * Types every business component shares: the business exceptions that boundaries throw and the JPA
 * converters. Depends on nothing but JPA and EJB annotations.
 */
package org.jadepost.platform.entity;
