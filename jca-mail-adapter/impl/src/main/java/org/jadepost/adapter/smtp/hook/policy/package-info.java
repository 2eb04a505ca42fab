/**
 * The adapter's own SMTP policies, each one hook: AUTH required for submission, the size limit, the
 * recipient limit. Business policies (hosted domains, relaying, sender ownership) belong to the
 * application behind the listener.
 *
 * <p>It may call {@code adapter.api}, {@code adapter.smtp.hook} and {@code adapter.smtp.session}.
 */
package org.jadepost.adapter.smtp.hook.policy;
