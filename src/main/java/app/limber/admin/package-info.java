@NullMarked
package app.limber.admin;

import org.jspecify.annotations.NullMarked;
