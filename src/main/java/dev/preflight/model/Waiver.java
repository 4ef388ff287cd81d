package dev.preflight.model;

import java.time.Instant;

/**
 * An accepted risk that turns a failing, erroring, blocked or pending item into {@code waived}
 * (SPEC §9). The item's own reasons stay beside it in every report.
 *
 * @param at when it was recorded, UTC
 * @param until as recorded: a date ({@code 2026-12-15}, through the end of that day UTC) or an
 *     instant
 * @param expiresAt the instant it stops counting
 */
public record Waiver(String by, Instant at, String reason, String until, Instant expiresAt) {}
