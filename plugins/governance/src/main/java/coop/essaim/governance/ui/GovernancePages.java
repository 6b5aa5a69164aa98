package coop.essaim.governance.ui;

import coop.essaim.api.web.MenuItem;
import coop.essaim.api.web.MenuSection;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;
import coop.essaim.governance.api.GovernancePermissions;

import java.util.List;

/** The pages: /m/governance/register (the share register, its forms and export), /candidacies (becoming
 * associate), /mine (one's own shares and candidacy), /split (the year-end profit split), /assemblies and
 * /assembly?id= (general assemblies, for those who keep them), /my-assemblies (those that call oneself), /bodies and
 * /body?id= (bodies, mandates and meetings, /meeting?id= one meeting, for those who keep them) and /my-bodies (the bodies and who sits in them today). */
public final class GovernancePages implements PageContribution {

    @Override
    public List<PageDeclaration> pages() {
        return List.of(
                PageDeclaration.menuPage("register", RegisterPage.class, GovernancePermissions.REGISTER_VIEW,
                        new MenuItem(MenuSection.GOVERNANCE, "menu.register", 700)),
                PageDeclaration.menuPage("candidacies", CandidaciesPage.class,
                        GovernancePermissions.CANDIDACIES_MANAGE, new MenuItem(MenuSection.GOVERNANCE,
                                "menu.candidacies", 710)),
                PageDeclaration.menuPage("mine", MySharesPage.class, GovernancePermissions.OWN,
                        new MenuItem(MenuSection.ACTIVITY, "menu.mine", 700)),
                PageDeclaration.menuPage("split", SplitPage.class, GovernancePermissions.SPLIT_MANAGE,
                        new MenuItem(MenuSection.GOVERNANCE, "menu.split", 730)),
                PageDeclaration.menuPage("assemblies", AssembliesPage.class, GovernancePermissions.ASSEMBLIES_MANAGE,
                        new MenuItem(MenuSection.GOVERNANCE, "menu.assemblies", 720)),
                PageDeclaration.page("assembly", AssemblyPage.class, GovernancePermissions.ASSEMBLIES_MANAGE),
                PageDeclaration.menuPage("my-assemblies", MyAssembliesPage.class, GovernancePermissions.OWN,
                        new MenuItem(MenuSection.ACTIVITY, "menu.myAssemblies", 710)),
                PageDeclaration.menuPage("bodies", BodiesPage.class, GovernancePermissions.ASSEMBLIES_MANAGE,
                        new MenuItem(MenuSection.GOVERNANCE, "menu.bodies", 715)),
                PageDeclaration.page("body", BodyPage.class, GovernancePermissions.ASSEMBLIES_MANAGE),
                PageDeclaration.page("meeting", MeetingPage.class, GovernancePermissions.ASSEMBLIES_MANAGE),
                PageDeclaration.page("colleges", CollegesPage.class, GovernancePermissions.ASSEMBLIES_MANAGE),
                PageDeclaration.menuPage("my-bodies", MyBodiesPage.class, GovernancePermissions.OWN,
                        new MenuItem(MenuSection.ACTIVITY, "menu.myBodies", 715)));
    }
}
