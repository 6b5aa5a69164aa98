package coop.essaim.governance.internal;

import coop.essaim.api.persistence.PersistenceContribution;

import java.util.List;

/** The module's entities and the folder of its migrations. */
public final class GovernancePersistence implements PersistenceContribution {

    @Override
    public List<String> entityClassNames() {
        String p = "coop.essaim.governance.internal.register.";
        return List.of(p + "MovementEntity", p + "CapitalRuleEntity",
                "coop.essaim.governance.internal.admission.CandidacyEntity",
                "coop.essaim.governance.internal.admission.AdmissionRuleEntity",
                "coop.essaim.governance.internal.split.SplitSchemeEntity",
                "coop.essaim.governance.internal.split.ProfitSplitEntity",
                "coop.essaim.governance.internal.split.SplitShareEntity",
                "coop.essaim.governance.internal.assembly.BodyEntity",
                "coop.essaim.governance.internal.assembly.MandateEntity",
                "coop.essaim.governance.internal.assembly.AssemblyEntity",
                "coop.essaim.governance.internal.assembly.AttendanceEntity",
                "coop.essaim.governance.internal.assembly.ResolutionEntity",
                "coop.essaim.governance.internal.assembly.VoterEntity",
                "coop.essaim.governance.internal.assembly.BallotCountEntity",
                "coop.essaim.governance.internal.assembly.ConvocationEntity",
                "coop.essaim.governance.internal.board.MeetingEntity",
                "coop.essaim.governance.internal.board.MeetingItemEntity",
                "coop.essaim.governance.internal.board.MeetingPresenceEntity",
                "coop.essaim.governance.internal.board.DecisionEntity",
                "coop.essaim.governance.internal.board.MeetingConvocationEntity",
                "coop.essaim.governance.internal.board.MeetingConvokedEntity",
                "coop.essaim.governance.internal.assembly.CollegeEntity",
                "coop.essaim.governance.internal.assembly.CollegeMemberEntity",
                "coop.essaim.governance.internal.assembly.CollegeCountEntity");
    }

    @Override
    public String migrationFolder() {
        return "coop/essaim/governance/migration";
    }
}
