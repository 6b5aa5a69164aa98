package coop.essaim.countryfr.ui.contract;

import coop.essaim.api.web.PersonFileLink;
import coop.essaim.api.web.PersonFileLinks;

import java.util.List;

/** The link from a person's file to their contracts page (CAPE, CESA and amendments as PDF). */
public final class ContractLinks implements PersonFileLinks {

    private static final List<PersonFileLink> LINKS = List.of(new PersonFileLink("contracts", "contract.link"));

    @Override
    public List<PersonFileLink> links() {
        return LINKS;
    }
}
