@NullMarked
package app.limber;

import org.jspecify.annotations.NullMarked;
