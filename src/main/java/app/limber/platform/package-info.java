@NullMarked
package app.limber.platform;

import org.jspecify.annotations.NullMarked;
