-- Roles for the reporting warehouse
CREATE ROLE reporting_ro NOLOGIN;
GRANT CONNECT ON DATABASE warehouse TO reporting_ro;
GRANT USAGE ON SCHEMA analytics TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO reporting_ro;

CREATE USER etl_loader WITH PASSWORD 'pwB8nM1qW4eR7tY0';
GRANT reporting_ro TO etl_loader;

CREATE USER dashboard WITH LOGIN;
GRANT reporting_ro TO dashboard;

ALTER USER dashboard WITH PASSWORD 'pwZ5xC8vB2nM6qW9' VALID UNTIL '2026-01-01';

CREATE USER bi_tool IDENTIFIED BY 'pwJ7kL1zX4cV8bN3';

ALTER ROLE legacy_app PASSWORD NULL;

CREATE TABLE analytics.password_policy (
    id SERIAL PRIMARY KEY,
    min_length INT NOT NULL DEFAULT 12,
    password_hash_algo TEXT NOT NULL DEFAULT 'argon2id'
);
