@NullMarked
package app.limber.progress.ui;

import org.jspecify.annotations.NullMarked;
