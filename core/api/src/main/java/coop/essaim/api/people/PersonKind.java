package coop.essaim.api.people;

/**
 * Who a person is for the cooperative. Only members follow the path (reception to exit); permanent staff,
 * external associates (a person or a legal entity) and partners (funders, public bodies, with their
 * organisation) are recorded without one.
 */
public enum PersonKind {
    MEMBER,
    PERMANENT_STAFF,
    EXTERNAL_ASSOCIATE,
    PARTNER
}
