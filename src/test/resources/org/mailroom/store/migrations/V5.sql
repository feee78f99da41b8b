-- The last connection test of each mailbox: when, how it ended, and a one-line summary (never a secret).
CREATE TABLE mailbox_test_result (
    mailbox_id BIGINT PRIMARY KEY,
    tested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome    VARCHAR(16)   NOT NULL,
    summary    VARCHAR(1000) NOT NULL,
    CONSTRAINT test_result_mailbox FOREIGN KEY (mailbox_id) REFERENCES mailbox (id) ON DELETE CASCADE
);
