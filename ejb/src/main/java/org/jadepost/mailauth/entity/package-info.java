/**
 * Email authentication (FEATURES T4): DKIM keys, SPF/DKIM/DMARC results and the verdict the MX path
 * records. JPA entities and value types only.
 */
package org.jadepost.mailauth.entity;
