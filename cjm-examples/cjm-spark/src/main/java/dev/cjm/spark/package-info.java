/**
 * The journey monitor at scale, for analytics teams whose event logs do not fit one JVM: an Apache
 * Spark job that reads CSV event logs as a Dataset and folds each case into cjm's {@link
 * dev.cjm.core.observed.JourneyMonitor} through a Spark {@code Aggregator}.
 */
@NullMarked
package dev.cjm.spark;

import org.jspecify.annotations.NullMarked;
