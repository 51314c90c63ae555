package org.safepassage.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a controller method (or every method of a controller class; a method's own
 * annotation wins). A handler without it is refused to everyone: access is denied by default.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Allowed {

    Role[] value();
}
