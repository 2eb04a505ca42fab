/**
 * Test doubles of the container: a WorkManager on a plain thread pool, a bootstrap context, and a
 * message endpoint factory whose endpoints are dynamic proxies that count their lifecycle calls.
 */
package org.jadepost.adapter.testing;
