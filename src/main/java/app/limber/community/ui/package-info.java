@NullMarked
package app.limber.community.ui;

import org.jspecify.annotations.NullMarked;
