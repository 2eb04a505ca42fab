/**
 * Test doubles of the container: a WorkManager on a plain thread pool, a bootstrap context, and a
 * message endpoint factory whose endpoints are dynamic proxies that count their lifecycle calls,
 * and for SMTP an in-memory listener, its endpoint factory and the mpt-style script runner.
 */
package org.jadepost.adapter.testing;
