package coop.essaim.treasuryadvances.internal;

import coop.essaim.api.persistence.PersistenceContribution;

import java.util.List;

/** The module's entities and the folder of its migrations. */
public final class AdvancesPersistence implements PersistenceContribution {

    @Override
    public List<String> entityClassNames() {
        String p = "coop.essaim.treasuryadvances.internal.";
        return List.of(p + "advance.AdvanceEntity", p + "advance.VoteEntity", p + "advance.InstalmentEntity",
                p + "advance.RepaymentEntity", p + "advance.CooperativeLockEntity", p + "rule.RuleEditionEntity");
    }

    @Override
    public String migrationFolder() {
        return "coop/essaim/treasuryadvances/migration";
    }
}
