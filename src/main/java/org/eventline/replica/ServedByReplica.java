package org.eventline.replica;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the GETs (a resource method, or every method of a resource class) whose reads a configured
 * replica may serve: lists, exports, statistics, an event by id. Everything unmarked, and every
 * write, reads the primary.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ServedByReplica {
}
