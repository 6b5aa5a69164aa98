-- An activity's own brand on its documents and mails: its logo (at most 512 KiB, PNG or JPEG, checked by the
-- kernel before it is stored) and its sender, the contact address answers go to and the name shown before the
-- cooperative's in the From line. One row per activity, created when first filled in; every column but the
-- keys is optional.
-- PostgreSQL; the Derby file differs only in the logo's column type (BLOB).
CREATE TABLE ACTIVITY_BRANDING (
    ACTIVITY_ID BIGINT NOT NULL,
    COOPERATIVE_ID BIGINT NOT NULL,
    SENDER_EMAIL VARCHAR(254),
    SENDER_NAME VARCHAR(100),
    LOGO_MEDIA_TYPE VARCHAR(40),
    LOGO_CONTENT BYTEA,
    CREATED_AT TIMESTAMP NOT NULL,
    CREATED_BY VARCHAR(40) NOT NULL,
    UPDATED_AT TIMESTAMP NOT NULL,
    UPDATED_BY VARCHAR(40) NOT NULL,
    ROW_VERSION INTEGER NOT NULL,
    CONSTRAINT ACTIVITY_BRANDING_PK PRIMARY KEY (ACTIVITY_ID),
    CONSTRAINT ACTIVITY_BRANDING_ACTIVITY_FK FOREIGN KEY (ACTIVITY_ID) REFERENCES ACTIVITY (ID),
    CONSTRAINT ACTIVITY_BRANDING_COOP_FK FOREIGN KEY (COOPERATIVE_ID) REFERENCES COOPERATIVE (ID)
);
