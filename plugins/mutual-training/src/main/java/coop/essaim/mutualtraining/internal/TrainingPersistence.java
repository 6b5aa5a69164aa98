package coop.essaim.mutualtraining.internal;

import coop.essaim.api.persistence.PersistenceContribution;

import java.util.List;

/** The module's entities and the folder of its migrations. */
public final class TrainingPersistence implements PersistenceContribution {

    @Override
    public List<String> entityClassNames() {
        String p = "coop.essaim.mutualtraining.internal.";
        return List.of(p + "criteria.CriteriaEntity", p + "request.RequestEntity", p + "request.BudgetEntity",
                p + "catalogue.OfferEntity", p + "session.SessionEntity", p + "session.AttendanceEntity");
    }

    @Override
    public String migrationFolder() {
        return "coop/essaim/mutualtraining/migration";
    }
}
