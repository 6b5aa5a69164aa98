package coop.essaim.api.web;

import java.util.List;

/**
 * Extension point: links a module adds to a person's file (the core's person page) towards its own pages about
 * that person: the French plugin's contracts, an accompaniment plugin's appointments. The core opens the
 * module's page declared at {@link PersonFileLink#path()} with {@code ?person=<id>}, and shows the link only to
 * a user who may open that page (its {@link PageDeclaration#permission()}) and only for a member of the
 * cooperative; the page itself still checks that the user may read that person. Called when the person page
 * renders, on any thread: return the same immutable list every time.
 */
public interface PersonFileLinks {

    List<PersonFileLink> links();
}
