package coop.essaim.accompaniment.api;

/**
 * What a catalogue entry is: a workshop (a training on one topic, for a stage of the path or for all) or a site's
 * monthly meeting (*mensuelle*: news, debates, a member presenting their activity; open to every status, with an
 * agenda and minutes). Both run on the same sessions, sign-ups and attendance.
 */
public enum WorkshopKind {
    WORKSHOP, MONTHLY_MEETING
}
