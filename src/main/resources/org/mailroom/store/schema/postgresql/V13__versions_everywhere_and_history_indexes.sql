-- Issue 18: the certificate pin an admin trusts is an edit like any other, so it carries its version, who set it and
-- when (a pin another admin set meanwhile is not replaced unseen). Standard SQL for H2 and PostgreSQL alike.
ALTER TABLE server_certificate_pin ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE server_certificate_pin ADD COLUMN changed_by VARCHAR(128);
ALTER TABLE server_certificate_pin ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

-- The History window's admin filter: one admin's changes newest first, and how many, read from this index alone
-- rather than from every row of the history (a long-lived team workspace holds hundreds of thousands).
CREATE INDEX change_history_admin ON change_history (os_user, changed_at);

-- Every table the window shows announces its changes to the other Mailrooms (as V10 does for the items): the
-- history, the display names, the handovers, the registrations' notes and the workspace's settings, so what another
-- admin records appears in the History window, the details' "last changed by" and the handover review within 2 s.
-- (change_history_fields and handover_item are written in the same transactions as the rows they belong to.)
CREATE TRIGGER change_history_announce AFTER INSERT OR UPDATE OR DELETE ON change_history FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER workspace_admin_announce AFTER INSERT OR UPDATE OR DELETE ON workspace_admin FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER handover_announce AFTER INSERT OR UPDATE OR DELETE ON handover FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER registration_checklist_tick_announce AFTER INSERT OR UPDATE OR DELETE ON registration_checklist_tick FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER registration_permission_id_announce AFTER INSERT OR UPDATE OR DELETE ON registration_permission_id FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER registration_secret_expiry_announce AFTER INSERT OR UPDATE OR DELETE ON registration_secret_expiry FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
CREATE TRIGGER workspace_setting_announce AFTER INSERT OR UPDATE OR DELETE ON workspace_setting FOR EACH STATEMENT EXECUTE FUNCTION mailroom_announce_change();
