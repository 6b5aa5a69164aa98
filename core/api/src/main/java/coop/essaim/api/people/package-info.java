/**
 * The people core: establishments (sites), people and their path through the cooperative, referent advisers,
 * activities, and the extension points a country plugin implements ({@link coop.essaim.api.people.PathModel},
 * {@link coop.essaim.api.people.AssociateDeadlineRule}).
 */
@org.osgi.annotation.versioning.Version("0.4.0")
package coop.essaim.api.people;
