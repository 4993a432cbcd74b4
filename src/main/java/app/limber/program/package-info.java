@NullMarked
package app.limber.program;

import org.jspecify.annotations.NullMarked;
