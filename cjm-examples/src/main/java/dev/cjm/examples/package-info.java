/**
 * Runnable examples of cjm: each example is a class with a {@code main} that builds a realistic
 * customer journey, and {@link dev.cjm.examples.Gallery} runs them all.
 */
@NullMarked
package dev.cjm.examples;

import org.jspecify.annotations.NullMarked;
