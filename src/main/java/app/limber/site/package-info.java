/**
 * The public site: server-rendered pages (Spring MVC controllers and JTE templates under {@code src/main/jte}) for
 * reading articles, routines and programs without JavaScript and without a session. The application itself (studio,
 * admin, runner's area) stays in Vaadin; see docs/decisions/0009-server-rendered-public-site.md.
 */
@NullMarked
package app.limber.site;

import org.jspecify.annotations.NullMarked;
