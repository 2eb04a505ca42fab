-- POP3 (T6): each user's POP range (LAST_WEEK, the default the manual gives in §20.2, or ALL)
-- and his "POP clients may not delete web mail" switch (§20.3). A message a POP3 client deleted
-- while that switch was on stays in the mailbox for the webmail and IMAP and is only hidden
-- from later POP3 sessions (pop_hidden).

ALTER TABLE account ADD COLUMN pop_range VARCHAR(16) DEFAULT 'LAST_WEEK' NOT NULL;
ALTER TABLE account ADD COLUMN pop_delete_protection BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE mail_message ADD COLUMN pop_hidden BOOLEAN DEFAULT FALSE NOT NULL;
