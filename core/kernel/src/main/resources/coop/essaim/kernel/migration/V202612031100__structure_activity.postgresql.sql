-- Every cooperative gets the activity of its own structure (analytic code STRUCTURE, no members): the section of
-- its shared costs and of the contributions the activities transfer to it. Cooperatives founded from now on get it
-- at founding; this gives it to those founded before. The id is the sequence's value itself, the last of a block
-- of 50 that EclipseLink never hands out, so it cannot collide with ids the application allocates.
INSERT INTO ACTIVITY (ID, COOPERATIVE_ID, ACTIVITY_NAME, TRADE, START_DATE, ACTIVITY_STATUS,
                      ANALYTIC_CODE, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY, ROW_VERSION)
SELECT nextval('ACTIVITY_SEQ'), C.ID,
       CASE WHEN LENGTH(C.LEGAL_NAME) > 120 THEN SUBSTR(C.LEGAL_NAME, 1, 120) ELSE C.LEGAL_NAME END,
       'Structure', CAST(C.CREATED_AT AS DATE), 'ACTIVE', 'STRUCTURE',
       CURRENT_TIMESTAMP, 'migration', CURRENT_TIMESTAMP, 'migration', 1
FROM COOPERATIVE C
WHERE NOT EXISTS (SELECT 1 FROM ACTIVITY A WHERE A.COOPERATIVE_ID = C.ID AND A.ANALYTIC_CODE = 'STRUCTURE');
