package coop.essaim.brandgroups.internal;

import coop.essaim.api.persistence.PersistenceContribution;

import java.util.List;

/** The module's entities and the folder of its migrations. */
public final class GroupsPersistence implements PersistenceContribution {

    @Override
    public List<String> entityClassNames() {
        String p = "coop.essaim.brandgroups.internal.group.";
        return List.of(p + "GroupEntity", p + "EditionEntity", p + "EditionMemberEntity", p + "WorkEntity",
                p + "SplitEntity", p + "CancellationEntity", p + "ShareEntity");
    }

    @Override
    public String migrationFolder() {
        return "coop/essaim/brandgroups/migration";
    }
}
