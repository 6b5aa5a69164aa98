package coop.essaim.invoicing;

import coop.essaim.api.people.Activities;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.ExpenseNotes;
import coop.essaim.invoicing.api.MileageLineDraft;
import coop.essaim.invoicing.internal.Invoicing;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A French cooperative without country-fr: no mileage scale, so a mileage line is refused and nothing is filed. */
class MileageWithoutScaleTest {

    @RegisterExtension
    static final EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes"));

    @Test
    void aMileageLineIsRefusedOnTheVehicleWhenTheCountryHasNoScale() {
        UserContext admin = essaim.administrator();
        UserContext compta = essaim.userWithRole(CoreRoles.ACCOUNTANT);
        People people = essaim.service(People.class);
        long site = people.createEstablishment(admin, new EstablishmentDetails("Lyon", Address.NONE)).id();
        long member = people.create(admin, new PersonDetails(PersonKind.MEMBER, "Jeanne", "Martin", null, false,
                null, null, Address.NONE, null, site, List.of(), null)).id();
        long activity = essaim.service(Activities.class).create(admin, new ActivityDetails("Couture test", null,
                "couture", LocalDate.now().minusYears(1), "COUTURE-T", List.of(member))).id();
        ExpenseNotes notes = Invoicing.of(essaim.modules().context("invoicing").orElseThrow()).expenses();
        long id = notes.create(compta, activity, "Déplacements").id();
        ValidationException e = assertThrows(ValidationException.class, () -> notes.addMileageLine(compta, id,
                new MileageLineDraft(LocalDate.now(), "Lyon", "Vienne", "Livraison", 60, "CAR-5", false)));
        assertEquals(Set.of("line.vehicle"), MileageLinesTest.fields(e));
        assertTrue(e.getMessage().contains("FR"), e.getMessage());
        assertTrue(notes.vehicles(compta, LocalDate.now()).isEmpty());
        assertTrue(notes.find(compta, id).orElseThrow().lines().isEmpty());
    }
}
