@NullMarked
package app.limber.admin.ui;

import org.jspecify.annotations.NullMarked;
