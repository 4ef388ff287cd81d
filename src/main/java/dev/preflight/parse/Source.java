package dev.preflight.parse;

/**
 * One text a parser reads.
 *
 * @param name where it came from, for messages: {@code stdout}, {@code stderr}, {@code output} or
 *     a file path
 */
public record Source(String name, String text) {}
