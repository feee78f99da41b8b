-- PostgreSQL's version of h2/V8__name_keys_fit_capitals.sql (a team workspace): the same tables, with STORED computed columns, TEXT and BYTEA.
-- Names are compared in capitals, and a name's capitals may be longer than the name: "ß" is "SS", "ŉ" is "ʼN",
-- up to three characters for one. The key columns now hold three times the name, so every name the rules accept
-- fits (a 64-character name of ß failed at the database before). The From address key holds a lower-cased
-- address, which may double ("İ" is "i̇"). H2 cannot retype a generated column: each key is made again.
ALTER TABLE digital_application DROP CONSTRAINT application_name_unique;
ALTER TABLE digital_application DROP COLUMN name_key;
ALTER TABLE digital_application ADD COLUMN name_key VARCHAR(192) GENERATED ALWAYS AS (UPPER(name)) STORED;
ALTER TABLE digital_application ADD CONSTRAINT application_name_unique UNIQUE (name_key);

ALTER TABLE attribute_folder DROP CONSTRAINT attribute_folder_name_unique;
ALTER TABLE attribute_folder DROP COLUMN name_key;
ALTER TABLE attribute_folder ADD COLUMN name_key VARCHAR(192) GENERATED ALWAYS AS (UPPER(name)) STORED;
ALTER TABLE attribute_folder ADD CONSTRAINT attribute_folder_name_unique UNIQUE (name_key);

ALTER TABLE business_attribute DROP CONSTRAINT business_attribute_name_unique;
ALTER TABLE business_attribute DROP COLUMN name_key;
ALTER TABLE business_attribute ADD COLUMN name_key VARCHAR(192) GENERATED ALWAYS AS (UPPER(name)) STORED;
ALTER TABLE business_attribute ADD CONSTRAINT business_attribute_name_unique UNIQUE (folder_id, name_key);

ALTER TABLE oauth_registration DROP CONSTRAINT oauth_registration_name_unique;
ALTER TABLE oauth_registration DROP COLUMN name_key;
ALTER TABLE oauth_registration ADD COLUMN name_key VARCHAR(360) GENERATED ALWAYS AS (UPPER(name)) STORED;
ALTER TABLE oauth_registration ADD CONSTRAINT oauth_registration_name_unique UNIQUE (name_key);

ALTER TABLE attribute_value DROP CONSTRAINT attribute_value_name_unique;
ALTER TABLE attribute_value DROP COLUMN name_key;
ALTER TABLE attribute_value ADD COLUMN name_key VARCHAR(640) GENERATED ALWAYS AS (LOWER(name)) STORED;
ALTER TABLE attribute_value ADD CONSTRAINT attribute_value_name_unique UNIQUE (attribute_id, name_key);
