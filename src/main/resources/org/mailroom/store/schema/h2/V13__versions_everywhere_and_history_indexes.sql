-- Issue 18: the certificate pin an admin trusts is an edit like any other, so it carries its version, who set it and
-- when (a pin another admin set meanwhile is not replaced unseen). Standard SQL for H2 and PostgreSQL alike.
ALTER TABLE server_certificate_pin ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE server_certificate_pin ADD COLUMN changed_by VARCHAR(128);
ALTER TABLE server_certificate_pin ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

-- The History window's admin filter: one admin's changes newest first, and how many, read from this index alone
-- rather than from every row of the history (a long-lived team workspace holds hundreds of thousands).
CREATE INDEX change_history_admin ON change_history (os_user, changed_at);
