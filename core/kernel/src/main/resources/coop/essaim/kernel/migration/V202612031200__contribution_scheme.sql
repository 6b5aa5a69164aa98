-- A cooperative may compute its contribution with a plugin's scheme from a date on (a fee on each invoice...):
-- the version names it. Rows written before name none, which is the core's rate.
ALTER TABLE CONTRIBUTION_RATE ADD COLUMN SCHEME_ID VARCHAR(80)
