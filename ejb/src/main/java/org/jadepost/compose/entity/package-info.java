/** What a message being written is made of: the draft, its attachments, how it answers another. */
package org.jadepost.compose.entity;
