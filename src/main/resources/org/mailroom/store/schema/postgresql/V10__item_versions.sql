-- Optimistic concurrency (issue 18), as h2/V10: every item row carries the version it is at, who changed it
-- last and when; a save changes the row only when its edit started from the version stored.
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

-- Every committed change of the workspace is announced to the other Mailrooms on it (LISTEN mailroom_changes),
-- once per statement, with the table's name: they read the workspace again within a moment.
CREATE FUNCTION mailroom_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('mailroom_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;
CREATE TRIGGER mail_server_announce AFTER INSERT OR UPDATE OR DELETE ON mail_server FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER mailbox_announce AFTER INSERT OR UPDATE OR DELETE ON mailbox FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER digital_application_announce AFTER INSERT OR UPDATE OR DELETE ON digital_application FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER attribute_folder_announce AFTER INSERT OR UPDATE OR DELETE ON attribute_folder FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER business_attribute_announce AFTER INSERT OR UPDATE OR DELETE ON business_attribute FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER attribute_value_announce AFTER INSERT OR UPDATE OR DELETE ON attribute_value FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER oauth_registration_announce AFTER INSERT OR UPDATE OR DELETE ON oauth_registration FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER mailbox_test_result_announce AFTER INSERT OR UPDATE OR DELETE ON mailbox_test_result FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER server_certificate_pin_announce AFTER INSERT OR UPDATE OR DELETE ON server_certificate_pin FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER from_address_setting_announce AFTER INSERT OR UPDATE OR DELETE ON from_address_setting FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER saved_secret_announce AFTER INSERT OR UPDATE OR DELETE ON saved_secret FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER vault_key_announce AFTER INSERT OR UPDATE OR DELETE ON vault_key FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
