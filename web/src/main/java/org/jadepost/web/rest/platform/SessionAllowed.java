package org.jadepost.web.rest.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a user resource the webmail's own scripts call with the signed-in session instead of Basic
 * credentials (for example the transfer station's chunked upload). Unsafe methods must carry the
 * {@link BasicAuthenticationFilter#CSRF_HEADER} header. Use together with {@link UsersAllowed}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SessionAllowed {}
