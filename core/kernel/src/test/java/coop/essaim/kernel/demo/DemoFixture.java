package coop.essaim.kernel.demo;

import coop.essaim.kernel.servicetesting.CoreFixture;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

/** What the demo tests share: the demo's people tables, and a clock moved to the demo's reference date. */
final class DemoFixture {

    /** Children first, for the foreign keys; the core fixture empties only the core's own tables. */
    static final List<String> PEOPLE_TABLES = List.of("ACTIVITY_BRANDING", "ACTIVITY_MEMBER", "ACTIVITY", "PERSON_NOTE",
            "PERSON_REFERENT", "EMPLOYMENT_TERMS", "PATH_ENTRY", "PERSON_TRADE", "PERSON", "ESTABLISHMENT");

    private DemoFixture() {
    }

    /** A fresh installation in demo mode whose clock reads 9:00 UTC on {@link DemoMembers#REFERENCE_DATE}. */
    static void demoInstallation(CoreFixture f) {
        clearPeople(f);
        f.reset(true);
        f.clock.advance(Duration.between(f.clock.instant(),
                DemoMembers.REFERENCE_DATE.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    }

    /** Run after each test too, so that the core fixture can empty COOPERATIVE before the next one. */
    static void clearPeople(CoreFixture f) {
        f.store.run(em -> PEOPLE_TABLES.forEach(t -> em.createNativeQuery("DELETE FROM " + t).executeUpdate()));
    }
}
