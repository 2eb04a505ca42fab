package org.jadepost.web.rest.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource that users (not only administrators) may call with their own credentials, such
 * as the delivery status of their own messages. The boundary still scopes everything to the caller.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UsersAllowed {}
