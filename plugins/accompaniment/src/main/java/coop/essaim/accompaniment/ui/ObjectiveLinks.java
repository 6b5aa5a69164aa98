package coop.essaim.accompaniment.ui;

import coop.essaim.api.web.PersonFileLink;
import coop.essaim.api.web.PersonFileLinks;

import java.util.List;

/** The link from a person's file to their objectives contract and training plan. */
public final class ObjectiveLinks implements PersonFileLinks {

    private static final List<PersonFileLink> LINKS = List.of(new PersonFileLink("objectives", "objective.link"));

    @Override
    public List<PersonFileLink> links() {
        return LINKS;
    }
}
