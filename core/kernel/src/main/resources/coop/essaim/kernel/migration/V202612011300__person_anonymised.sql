-- When a person file was anonymised (GDPR, after the retention period): null while it identifies someone.
-- Runs unchanged on Derby 10.16 and PostgreSQL 15.
ALTER TABLE PERSON ADD COLUMN ANONYMISED_AT TIMESTAMP;
