package org.accord;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link PortalTest}, on a database of its own: tests that create, edit and archive
 * records run here, so that the tests of the seeded pages can count exactly what the
 * articles gave.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@TestPropertySource(properties = "accord.test.database=editing")
public @interface EditingPortalTest {

}
