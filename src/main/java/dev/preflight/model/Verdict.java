package dev.preflight.model;

/**
 * The gate's decision on a run.
 *
 * @param word {@code pass}, {@code fail}, {@code pending} or {@code interrupted}, as in the JSON
 *     report
 * @param summary one human sentence, e.g. {@code FAILED — 1 blocking item failed}
 */
public record Verdict(String word, ExitCode exitCode, String summary) {}
