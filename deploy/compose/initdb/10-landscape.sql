-- Runs once, when the postgres container starts on an empty data volume.
-- Development only: one login role shared by the four services, with the password that the
-- services use by default (landscape/landscape). Kubernetes uses one role per service instead.
CREATE ROLE landscape LOGIN PASSWORD 'landscape';
CREATE DATABASE ccg OWNER landscape;
CREATE DATABASE practice OWNER landscape;
CREATE DATABASE commissioning OWNER landscape;
CREATE DATABASE hwb OWNER landscape;
