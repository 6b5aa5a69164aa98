package coop.essaim.governance.internal.register;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Person;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.MovementKind;
import coop.essaim.governance.api.ShareMovement;
import coop.essaim.governance.internal.Messages;
import coop.essaim.governance.internal.PlainDocument;

import java.util.List;

/**
 * The certificate of one subscription: the cooperative, the associate, the shares, their nominal value and what
 * was paid on them by the day of printing, on the module's page set-up ({@link PlainDocument}). The register's
 * keepers print any; an associate prints their own.
 */
public final class ShareCertificate {

    private final ShareRegister register;
    private final CooperativeDirectory cooperatives;
    private final coop.essaim.api.people.People people;

    public ShareCertificate(ShareRegister register, CooperativeDirectory cooperatives,
                            coop.essaim.api.people.People people) {
        this.register = register;
        this.cooperatives = cooperatives;
        this.people = people;
    }

    public byte[] pdf(UserContext actor, long subscriptionId) {
        Messages m = new Messages(actor.locale());
        ShareMovement sub = reachable(actor, subscriptionId);
        Person person = people.find(actor.lending(CorePermissions.PEOPLE_READ), sub.personId()).orElseThrow();
        Cooperative coop = cooperatives.find(actor.cooperativeId()).orElseThrow();
        Money paid = Money.of(register.linesOf(actor, sub.personId()).stream()
                .filter(l -> l.kind() == MovementKind.PAYMENT && !l.corrected()
                        && Long.valueOf(sub.id()).equals(l.subscriptionId()))
                .mapToLong(l -> l.amount().minorUnits()).sum(), sub.amount().currency());
        Money nominal = Money.of(sub.amount().minorUnits() / sub.shares(), sub.amount().currency());
        return new PlainDocument().line(coop.legalName()).blank()
                .title(m.text("certificate.title"))
                .line(m.text("certificate.number", sub.id())).blank()
                .line(m.text("certificate.associate", person.displayName()))
                .line(m.text("certificate.shares", sub.shares(), nominal, sub.amount()))
                .line(m.text("certificate.subscribedOn", sub.occurredOn()))
                .line(m.text("certificate.paid", paid, register.today())).blank()
                .line(m.text("certificate.terms")).blank()
                .line(m.text("certificate.issued", register.today()))
                .pdf();
    }

    public static String fileName(long subscriptionId) {
        return "certificat-parts-" + subscriptionId + ".pdf";
    }

    private ShareMovement reachable(UserContext actor, long subscriptionId) {
        Messages m = new Messages(actor.locale());
        List<ShareMovement> lines;
        if (actor.can(GovernancePermissions.REGISTER_VIEW)) {
            lines = register.movements(actor);
        } else if (actor.can(GovernancePermissions.OWN)) {
            lines = register.ownMovements(actor);
        } else {
            throw new AccessDeniedException(GovernancePermissions.REGISTER_VIEW);
        }
        return lines.stream().filter(l -> l.id() == subscriptionId && l.kind() == MovementKind.SUBSCRIPTION
                && !l.corrected()).findFirst().orElseThrow(() -> new ValidationException("subscriptionId",
                m.text("error.noSubscription", subscriptionId)));
    }
}
