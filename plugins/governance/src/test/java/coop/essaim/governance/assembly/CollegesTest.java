package coop.essaim.governance.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Assembly;
import coop.essaim.governance.api.AssemblyKind;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import coop.essaim.governance.api.Choice;
import coop.essaim.governance.api.College;
import coop.essaim.governance.api.Majority;
import coop.essaim.governance.api.Presence;
import coop.essaim.governance.api.Resolution;
import coop.essaim.governance.internal.Governance;
import coop.essaim.governance.internal.assembly.Colleges;
import coop.essaim.testkit.ApiClient;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Colleges of the general assembly on the real core: defined within the bounds, associates placed one college
 * each, a resolution opened with colleges counted per college then weighted (secret ballot too), one opened before
 * them counted as before.
 */
class CollegesTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit().withWeb();

    /** Before the demo's register: the associates called are those this test makes. */
    private static final LocalDate DAY = LocalDate.of(2010, 6, 15);

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    private Governance g() {
        return fixture.on(DAY);
    }

    private List<Person> associates(int count) {
        if (g().rules().inForce(fixture.admin(), DAY).isEmpty()) {
            fixture.rule(DAY, "20.00", "20.00");
        }
        List<Person> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Person p = fixture.person(PersonKind.EXTERNAL_ASSOCIATE, "Collège" + i, "Scic");
            g().register().subscribe(fixture.admin(), p.id(), 1, DAY, true);
            list.add(p);
        }
        return list;
    }

    private Body assemblyBody() {
        return g().bodies().all(fixture.admin()).stream().filter(b -> b.kind() == BodyKind.ASSEMBLY).findFirst()
                .orElseGet(() -> g().bodies().create(fixture.admin(), BodyKind.ASSEMBLY, "Assemblée des associés"));
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(ValidationException.FieldError::field).toList();
    }

    private static Colleges.Draft d(String name, Integer weight) {
        return new Colleges.Draft(name, weight);
    }

    @Test
    void aResolutionIsCountedPerCollegeThenWeightedAndOneOpenedBeforeIsNot() throws Exception {
        List<Person> a = associates(11);
        Body body = assemblyBody();
        Colleges colleges = g().colleges();
        Assembly ago = g().assemblies().create(fixture.admin(), AssemblyKind.ORDINARY, DAY, "Salle", "Statuts");
        for (Person p : a) {
            g().assemblies().attend(fixture.admin(), ago.id(), p.id(), Presence.PRESENT, null);
        }
        Resolution before = g().assemblies().addResolution(fixture.admin(), ago.id(), "Avant les collèges",
                Majority.SIMPLE, false);
        g().assemblies().open(fixture.admin(), before.id());

        List<College> set = colleges.define(fixture.admin(), body.id(), List.of(d("Salariés", 50), d("Usagers", 30),
                d("Soutiens", 20)));
        assertEquals(List.of("Salariés", "Usagers", "Soutiens"), set.stream().map(College::name).toList());
        assertEquals("bodyId", fields(assertThrows(ValidationException.class, () -> colleges.define(fixture.admin(),
                g().bodies().create(fixture.admin(), BodyKind.ASSEMBLY, "Une autre assemblée").id(),
                List.of(d("A", 50), d("B", 50))))).get(0), "the cooperative's colleges are one body's");
        // employees a0-a2, users a3-a7, supporters a8-a10
        for (int i = 0; i < a.size(); i++) {
            colleges.assign(fixture.admin(), body.id(), a.get(i).id(), set.get(i < 3 ? 0 : i < 8 ? 1 : 2).id());
        }
        Person stranger = fixture.person(PersonKind.MEMBER, "Pas", "Associée");
        assertEquals("personId", fields(assertThrows(ValidationException.class, () -> colleges.assign(
                fixture.admin(), body.id(), stranger.id(), set.get(0).id()))).get(0));
        assertThrows(AccessDeniedException.class, () -> colleges.assign(fixture.jeanne(), body.id(), a.get(0).id(),
                set.get(0).id()));

        Resolution weighted = g().assemblies().addResolution(fixture.admin(), ago.id(), "Avec les collèges",
                Majority.SIMPLE, true);
        g().assemblies().open(fixture.admin(), weighted.id());
        Choice[] choices = {Choice.FOR, Choice.FOR, Choice.FOR, Choice.FOR, Choice.AGAINST, Choice.AGAINST,
            Choice.AGAINST, Choice.AGAINST, Choice.FOR, Choice.AGAINST, Choice.AGAINST};
        for (int i = 0; i < a.size(); i++) {
            g().assemblies().recordVote(fixture.admin(), weighted.id(), a.get(i).id(), choices[i]);
            g().assemblies().recordVote(fixture.admin(), before.id(), a.get(i).id(), choices[i]);
        }
        Resolution w = g().assemblies().close(fixture.admin(), weighted.id());
        Resolution b = g().assemblies().close(fixture.admin(), before.id());
        // heads: 5 for, 6 against; colleges 3/3, 1/5, 1/3: 50 + 6 + 6.67 = 62.67 % for
        assertEquals(5, w.votesFor());
        assertEquals(6, w.against());
        assertEquals(List.of(3, 1, 1), w.colleges().stream().map(c -> c.votesFor()).toList());
        assertEquals(List.of(0, 4, 2), w.colleges().stream().map(c -> c.against()).toList());
        assertEquals(new java.math.BigDecimal("62.67"), w.weightedForPercent());
        assertTrue(w.adopted(), "the secret ballot counted per college, never per voter");
        assertEquals(List.of(), g().assemblies().roll(fixture.admin(), weighted.id()).stream()
                .filter(v -> v.choice() != null).toList());
        assertFalse(b.weighted(), "opened before the colleges: one person one vote over the assembly");
        assertFalse(b.adopted());

        // a later change of weights leaves the vote held as it was
        colleges.define(fixture.admin(), body.id(), List.of(d("Salariés", 20), d("Usagers", 40), d("Soutiens", 40)));
        assertEquals(50, g().assemblies().resolution(fixture.admin(), weighted.id()).colleges().get(0).weight());

        Person late = associates(1).get(0);
        g().assemblies().attend(fixture.admin(), ago.id(), late.id(), Presence.PRESENT, null);
        Resolution third = g().assemblies().addResolution(fixture.admin(), ago.id(), "Troisième", Majority.SIMPLE,
                false);
        g().assemblies().open(fixture.admin(), third.id());
        assertEquals("personId", fields(assertThrows(ValidationException.class, () -> g().assemblies().recordVote(
                fixture.admin(), third.id(), late.id(), Choice.FOR))).get(0), "an associate in no college");
        assertEquals(0, g().assemblies().resolution(fixture.admin(), third.id()).votesFor(), "nothing counted");

        ApiClient api = new ApiClient(essaim.baseUrl(), "governance");
        String admin = api.token("admin");
        JsonNode read = api.ok(api.get(admin, "bodies/" + body.id() + "/colleges"), 200);
        assertEquals(3, read.get("colleges").size());
        assertEquals(11, read.get("members").size());
        JsonNode bad = api.problem(api.send(admin, "PUT", "bodies/" + body.id() + "/colleges",
                "{\"colleges\":[{\"name\":\"Salariés\",\"weight\":60},{\"name\":\"Usagers\",\"weight\":40}]}"), 422);
        assertTrue(ApiClient.fieldError(bad, "colleges[0].weight") != null);
        JsonNode resolution = api.ok(api.get(admin, "assemblies/" + ago.id()), 200).get("resolutions").get(1);
        assertEquals("62.67", resolution.get("weightedFor").asText());
        assertEquals(3, resolution.get("colleges").size());
    }

    @Test
    void aSetOutsideTheBoundsOrNotTotalling100IsRefusedNamingEachField() {
        Body body = assemblyBody();
        Colleges colleges = g().colleges();
        List<College> before = colleges.colleges(fixture.admin(), body.id());
        // (when the other test placed associates, removing their colleges is refused too, naming "colleges")
        assertEquals(List.of("colleges[0].weight", "colleges[1].name"), fields(assertThrows(ValidationException.class,
                () -> colleges.define(fixture.admin(), body.id(), List.of(d("Salariés", 60), d(" ", 40))))).subList(0, 2));
        assertEquals("colleges[1].name", fields(assertThrows(ValidationException.class,
                () -> colleges.define(fixture.admin(), body.id(), List.of(d("Usagers", 50), d("usagers", 50))))).get(0));
        assertTrue(fields(assertThrows(ValidationException.class, () -> colleges.define(fixture.admin(), body.id(),
                List.of(d("Salariés", 40), d("Usagers", 40), d("Soutiens", 10))))).contains("colleges"),
                "90 is not 100");
        assertEquals("colleges[0].weight", fields(assertThrows(ValidationException.class,
                () -> colleges.define(fixture.admin(), body.id(), List.of(d("A", null), d("B", 50))))).get(0));
        Body board = g().bodies().create(fixture.admin(), BodyKind.BOARD, "Conseil sans collège");
        assertEquals(List.of("bodyId"), fields(assertThrows(ValidationException.class,
                () -> colleges.define(fixture.admin(), board.id(), List.of(d("A", 50), d("B", 50))))));
        assertThrows(AccessDeniedException.class, () -> colleges.define(fixture.jeanne(), body.id(),
                List.of(d("A", 50), d("B", 50))));
        assertEquals(before, colleges.colleges(fixture.admin(), body.id()), "nothing changed");
    }
}
