package coop.essaim.kernel;

import java.util.List;

/**
 * The managed classes of the core's persistence unit (entities, embeddables, converters), by name. Listed
 * here rather than scanned so that the unit is the same on every host (OSGi bundles cannot be scanned
 * portably) and a new entity is a visible change.
 */
public final class CoreEntities {

    public static final List<String> NAMES = List.of(
            "coop.essaim.kernel.cooperative.CooperativeEntity",
            "coop.essaim.kernel.cooperative.CooperativeIdentityEntity",
            "coop.essaim.kernel.cooperative.CooperativeLogoEntity",
            "coop.essaim.kernel.user.UserAccountEntity",
            "coop.essaim.kernel.user.UserRoleEntity",
            "coop.essaim.kernel.security.RolePermissionEntity",
            "coop.essaim.kernel.security.ApiTokenEntity",
            "coop.essaim.kernel.audit.AuditEventEntity",
            "coop.essaim.kernel.settings.CooperativeSettingEntity",
            "coop.essaim.kernel.mail.MailSendingEntity",
            "coop.essaim.kernel.mail.MailSendingAttachmentEntity",
            "coop.essaim.kernel.ledger.LedgerEntryEntity",
            "coop.essaim.kernel.ledger.LedgerPostingEntity",
            "coop.essaim.kernel.ledger.lettering.LetteringEntity",
            "coop.essaim.kernel.ledger.lettering.LetteringPostingEntity",
            "coop.essaim.kernel.ledger.ContributionRateEntity",
            "coop.essaim.kernel.people.EstablishmentEntity",
            "coop.essaim.kernel.people.PersonEntity",
            "coop.essaim.kernel.people.PersonTradeEntity",
            "coop.essaim.kernel.people.PathEntryEntity",
            "coop.essaim.kernel.people.ReferentAssignmentEntity",
            "coop.essaim.kernel.people.AdviserNoteEntity",
            "coop.essaim.kernel.people.EmploymentTermsEntity",
            "coop.essaim.kernel.people.ActivityEntity",
            "coop.essaim.kernel.people.ActivityMemberEntity",
            "coop.essaim.kernel.people.ActivityBrandingEntity",
            "coop.essaim.kernel.people.AddressColumns",
            "coop.essaim.kernel.persistence.AuditStamp",
            "coop.essaim.kernel.persistence.CreationStamp");

    private CoreEntities() {
    }
}
