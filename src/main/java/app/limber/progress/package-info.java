@NullMarked
package app.limber.progress;

import org.jspecify.annotations.NullMarked;
