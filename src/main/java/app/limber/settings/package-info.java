/**
 * Site-wide settings (name, registration, comment moderation, mail sender). A feature of its own so that account,
 * community and admin can all read them without depending on each other.
 */
@NullMarked
package app.limber.settings;

import org.jspecify.annotations.NullMarked;
