-- Certificates the admin chose to trust after seeing them, pinned by SHA-256 fingerprint per mail
-- server entry: exactly that certificate is accepted, never "any".
CREATE TABLE server_certificate_pin (
    server_id     BIGINT PRIMARY KEY,
    sha256        VARCHAR(128) NOT NULL,
    CONSTRAINT pin_server FOREIGN KEY (server_id) REFERENCES mail_server (id) ON DELETE CASCADE
);
