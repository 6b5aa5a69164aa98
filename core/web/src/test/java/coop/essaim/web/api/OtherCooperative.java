package coop.essaim.web.api;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A second cooperative in the same installation, as a federation has, with a site, a member and an activity.
 * The kernel offers no service to found a second cooperative (first-run setup creates only the first), so
 * the rows are written with SQL, with ids far from the demo's.
 */
record OtherCooperative(long cooperativeId, long personId, long activityId) {

    static OtherCooperative insert(DataSource data) throws SQLException {
        OtherCooperative other = new OtherCooperative(900_001L, 900_002L, 900_003L);
        String stamp = "CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY";
        String now = "CURRENT_TIMESTAMP, 'test', CURRENT_TIMESTAMP, 'test'";
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            run(c, "INSERT INTO COOPERATIVE (ID, LEGAL_NAME, SHORT_NAME, LEGAL_FORM, COUNTRY, CURRENCY,"
                    + " FISCAL_YEAR_START_MONTH, DEFAULT_LOCALE, " + stamp + ") VALUES (?, 'Coopérative Autre',"
                    + " 'Autre', 'SCOP_SARL', 'BE', 'EUR', 1, 'fr', " + now + ")", other.cooperativeId);
            run(c, "INSERT INTO ESTABLISHMENT (ID, COOPERATIVE_ID, SITE_NAME, " + stamp + ", ROW_VERSION)"
                    + " VALUES (?, ?, 'Bruxelles', " + now + ", 1)", other.cooperativeId + 10, other.cooperativeId);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO PERSON (ID, COOPERATIVE_ID, PERSON_KIND,"
                    + " GIVEN_NAME, FAMILY_NAME, LEGAL_ENTITY, ESTABLISHMENT_ID, SORT_NAME, " + stamp
                    + ", ROW_VERSION) VALUES (?, ?, 'MEMBER', 'Anne', 'Autre', ?, ?, 'autre anne', " + now + ", 1)")) {
                s.setLong(1, other.personId);
                s.setLong(2, other.cooperativeId);
                s.setBoolean(3, false);
                s.setLong(4, other.cooperativeId + 10);
                s.executeUpdate();
            }
            run(c, "INSERT INTO ACTIVITY (ID, COOPERATIVE_ID, ACTIVITY_NAME, TRADE, START_DATE, ACTIVITY_STATUS,"
                    + " ANALYTIC_CODE, " + stamp + ", ROW_VERSION) VALUES (?, ?, 'Atelier Anne', 'couture',"
                    + " CAST('2026-01-05' AS DATE), 'ACTIVE', 'ACT-01', " + now + ", 1)", other.activityId, other.cooperativeId);
            run(c, "INSERT INTO ACTIVITY_MEMBER (ID, COOPERATIVE_ID, ACTIVITY_ID, PERSON_ID, JOINED_ON, " + stamp
                    + ") VALUES (?, ?, ?, ?, CAST('2026-01-05' AS DATE), " + now + ")", other.activityId + 10,
                    other.cooperativeId, other.activityId, other.personId);
            c.commit();
        }
        return other;
    }

    private static void run(Connection c, String sql, long... ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                s.setLong(i + 1, ids[i]);
            }
            s.executeUpdate();
        }
    }
}
