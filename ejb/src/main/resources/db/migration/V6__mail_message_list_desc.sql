-- Folder pages are read newest first. H2 cannot walk an ascending index backwards, so it read
-- and sorted the whole folder for every page; with the index in page order both H2 and
-- PostgreSQL read just the rows of the page (measured in bench/mailbox).
DROP INDEX ix_mail_message_list;
CREATE INDEX ix_mail_message_list ON mail_message (folder_id, internal_date DESC, id DESC);
