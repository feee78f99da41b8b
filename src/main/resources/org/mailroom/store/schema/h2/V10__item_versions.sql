-- Optimistic concurrency (issue 18): every item row carries the version it is at, who changed it last and when.
-- A save names the version its edit started from and changes the row only when that is still the version
-- stored, so no admin's change is overwritten without being seen (the form says who changed what, and when).
ALTER TABLE mail_server ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE mail_server ADD COLUMN changed_by VARCHAR(128);
ALTER TABLE mail_server ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mailbox ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE mailbox ADD COLUMN changed_by VARCHAR(128);
ALTER TABLE mailbox ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE digital_application ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE digital_application ADD COLUMN changed_by VARCHAR(128);
ALTER TABLE digital_application ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE attribute_folder ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE attribute_folder ADD COLUMN changed_by VARCHAR(128);
ALTER TABLE attribute_folder ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE business_attribute ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE business_attribute ADD COLUMN changed_by VARCHAR(128);
ALTER TABLE business_attribute ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE attribute_value ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE attribute_value ADD COLUMN changed_by VARCHAR(128);
ALTER TABLE attribute_value ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE oauth_registration ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE oauth_registration ADD COLUMN changed_by VARCHAR(128);
ALTER TABLE oauth_registration ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
