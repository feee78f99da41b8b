-- Mailbox kinds besides the mail protocols: an inbound mailbox read through Exchange Web Services (an endpoint
-- URL and the folder read there) and mailboxes reached through Microsoft Graph (a Microsoft cloud; the address is
-- the login). Only POP3, IMAP and SMTP mailboxes are on a mail server entry. Standard SQL: H2 and PostgreSQL.
ALTER TABLE mailbox ADD COLUMN endpoint_kind VARCHAR(16) DEFAULT 'MAIL_SERVER' NOT NULL;
ALTER TABLE mailbox ADD COLUMN ews_url VARCHAR(2048);
ALTER TABLE mailbox ADD COLUMN ews_folder VARCHAR(256);
ALTER TABLE mailbox ADD COLUMN graph_cloud VARCHAR(32);
ALTER TABLE mailbox ALTER COLUMN server_id DROP NOT NULL;
ALTER TABLE mailbox ADD CONSTRAINT mailbox_endpoint CHECK (
    (endpoint_kind = 'MAIL_SERVER' AND server_id IS NOT NULL AND ews_url IS NULL AND graph_cloud IS NULL)
    OR (endpoint_kind = 'EWS' AND direction = 'INBOUND' AND server_id IS NULL AND ews_url IS NOT NULL
        AND ews_folder IS NOT NULL AND graph_cloud IS NULL)
    OR (endpoint_kind = 'GRAPH' AND server_id IS NULL AND ews_url IS NULL AND graph_cloud IS NOT NULL));
