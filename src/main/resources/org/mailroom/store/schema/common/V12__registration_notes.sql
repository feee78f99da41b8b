-- What the admin recorded about an app registration beside Azure's values (checked before go-live, exported):
-- the checklist items ticked as done, the permission ids confirmed as found in the tenant, the client secret's
-- expiry date as the portal shows it. Standard SQL for H2 and PostgreSQL alike.
CREATE TABLE registration_checklist_tick (
    registration_id BIGINT       NOT NULL,
    item            VARCHAR(400) NOT NULL,
    CONSTRAINT checklist_tick_key PRIMARY KEY (registration_id, item),
    CONSTRAINT checklist_tick_registration FOREIGN KEY (registration_id) REFERENCES oauth_registration (id) ON DELETE CASCADE
);
CREATE TABLE registration_permission_id (
    registration_id BIGINT      NOT NULL,
    permission      VARCHAR(64) NOT NULL,
    permission_id   VARCHAR(36) NOT NULL,
    CONSTRAINT permission_id_key PRIMARY KEY (registration_id, permission),
    CONSTRAINT permission_id_registration FOREIGN KEY (registration_id) REFERENCES oauth_registration (id) ON DELETE CASCADE
);
CREATE TABLE registration_secret_expiry (
    registration_id BIGINT PRIMARY KEY,
    expires         DATE   NOT NULL,
    CONSTRAINT secret_expiry_registration FOREIGN KEY (registration_id) REFERENCES oauth_registration (id) ON DELETE CASCADE
);
-- The server certificate a mailbox's last connection test saw, and when it expires: the expiry register.
ALTER TABLE mailbox_test_result ADD COLUMN certificate_subject VARCHAR(1000);
ALTER TABLE mailbox_test_result ADD COLUMN certificate_not_after TIMESTAMP WITH TIME ZONE;
