/**
 * How Limber sets Hibernate up beyond its settings: services Hibernate finds through {@code META-INF/services}.
 */
@NullMarked
package app.limber.platform.hibernate;

import org.jspecify.annotations.NullMarked;
