/**
 * Recurring background work that several nodes on one database share: declare a {@link RecurringJob} bean and
 * {@link app.limber.platform.jobs.BackgroundJobs} runs it on one node at a time (decision 0008).
 */
@NullMarked
package app.limber.platform.jobs;

import org.jspecify.annotations.NullMarked;
