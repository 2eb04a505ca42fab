/** Hosted mail domains (tenants), their edition and quotas. JPA entities and value types only. */
package org.jadepost.tenancy.entity;
