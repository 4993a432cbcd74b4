@NullMarked
package app.limber.program.ui;

import org.jspecify.annotations.NullMarked;
