package coop.essaim.countryfr.ui.contract;

import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;

import java.util.List;

/** The page /m/country-fr/contracts?person=id, linked from a person file ({@link ContractLinks}), for those who manage people. */
public final class ContractPages implements PageContribution {

    @Override
    public List<PageDeclaration> pages() {
        return List.of(PageDeclaration.page("contracts", ContractsPage.class, CorePermissions.PEOPLE_MANAGE));
    }
}
