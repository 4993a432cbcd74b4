/** Where uploaded files live: behind {@link app.limber.platform.storage.FileStorage}, on disk or elsewhere. */
@NullMarked
package app.limber.platform.storage;

import org.jspecify.annotations.NullMarked;
