/**
 * The coaching loop seen from the instructor's side: the studio dashboard (who practises, who fell behind, what
 * runners said, how their self-tests changed) and the runner page. A read-side feature: it owns no tables and reads
 * the program, progress and content tables with a few aggregate SQL statements (decision 0011).
 */
@NullMarked
package app.limber.coaching;

import org.jspecify.annotations.NullMarked;
