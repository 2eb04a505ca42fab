-- Scheduled send (C4): how often sending a message has failed for a passing reason. A message
-- that keeps failing is marked FAILED after a cap instead of being retried for ever.
ALTER TABLE scheduled_mail ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
