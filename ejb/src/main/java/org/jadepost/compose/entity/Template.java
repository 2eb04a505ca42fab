package org.jadepost.compose.entity;

import java.io.Serializable;

/**
 * A template as the compose screen offers it: built in (key {@code builtin:<name>}) or the user's
 * own (key {@code user:<id>}).
 *
 * @param key how the compose screen names it
 * @param name its name in the user's language
 * @param subject the subject, may hold placeholders
 * @param html the body, may hold placeholders
 * @param builtIn whether it ships with Jadepost
 */
public record Template(String key, String name, String subject, String html, boolean builtIn)
    implements Serializable {}
