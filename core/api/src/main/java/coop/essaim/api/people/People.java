package coop.essaim.api.people;

import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Service: the people of the actor's cooperative, their path and their referent advisers. Every call checks on
 * the server: reading needs {@code core.people.read}, writing {@code core.people.manage}, notes
 * {@code core.people.notes}. A user whose roles are entrepreneur only reaches their own file (the one linked to
 * their login), whatever permissions their role was granted, and never the notes. Nothing of another
 * cooperative is ever reached. Refused input throws {@code ValidationException} naming the field, in the
 * actor's language; a refused access throws {@code AccessDeniedException}. Changes are audited and published
 * as {@link PeopleEvents} after they committed.
 */
public interface People {

    /** The path model in force in the actor's cooperative (a country plugin's, or the core's neutral one). */
    PathModel pathModel(UserContext actor);

    List<Establishment> establishments(UserContext actor);

    Establishment createEstablishment(UserContext actor, EstablishmentDetails details);

    Establishment updateEstablishment(UserContext actor, long establishmentId, EstablishmentDetails details);

    Person create(UserContext actor, PersonDetails details);

    Person update(UserContext actor, long personId, PersonDetails details);

    /** Empty when the person does not exist or the actor may not see them. */
    Optional<Person> find(UserContext actor, long personId);

    /** Sorted by family name, given name, id. An entrepreneur's list holds at most their own file. */
    ResultPage<Person> list(UserContext actor, PersonQuery query);

    /** A member's path; empty when the actor may not see the person. */
    Optional<PersonPath> path(UserContext actor, long personId);

    /** Records a step, if the path model and the rules allow it; every refusal says why. */
    PersonPath recordTransition(UserContext actor, long personId, PathChange change);

    /** Pushes back the planned end of the open fixed-term contract of {@code contractKind}. */
    PersonPath renewContract(UserContext actor, long personId, String contractKind, LocalDate date,
                             LocalDate newPlannedEnd, String details);

    /** Gives the person a new referent adviser (a user with the adviser role; null: none) from {@code from}. */
    Person changeReferent(UserContext actor, long personId, Long adviserUserId, LocalDate from, String reason);

    /**
     * Whether the actor may change this person's file and path (and, with that permission, write the advisers'
     * notes): what pages ask before offering the actions. False for a person out of reach, and outside an
     * adviser's portfolio when the cooperative's {@link AdviserReach} holds advisers to it.
     */
    boolean mayManage(UserContext actor, long personId);

    /** Oldest first. */
    List<ReferentAssignment> referents(UserContext actor, long personId);

    /**
     * Records the terms of the member's open employment contract from {@code terms.validFrom()}: the contract
     * must be open that day (started, not ended), the date after the latest version's, the hours positive
     * and at most 48 a week (208 a month), the hourly cost positive in the cooperative's currency.
     */
    EmploymentTermsVersion amendEmploymentTerms(UserContext actor, long personId, EmploymentTerms terms);

    /** Oldest first; empty when the actor may not see the person. */
    java.util.List<EmploymentTermsVersion> employmentTerms(UserContext actor, long personId);

    AdviserNote addNote(UserContext actor, long personId, String text);

    /** Oldest first. */
    List<AdviserNote> notes(UserContext actor, long personId);
}
