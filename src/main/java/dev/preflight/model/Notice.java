package dev.preflight.model;

/**
 * What a {@code notify} item said and to whom, for every report: the message as sent (secrets
 * masked) even when it could not be sent, so a person can post it by hand.
 *
 * @param target the format and host, e.g. {@code dingtalk oapi.dingtalk.com}; never the URL's
 *     path or query, which carry the webhook's token
 * @param answer null, or what the target answered, e.g. {@code 200 {"errcode":0}}
 */
public record Notice(String target, String message, String answer) {}
