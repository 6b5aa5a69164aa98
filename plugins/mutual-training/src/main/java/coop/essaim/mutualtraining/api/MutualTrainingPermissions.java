package coop.essaim.mutualtraining.api;

/**
 * The permissions of mutual training. Whatever their grants, a member reads only their own requests, and a trainer
 * only the attendees of their own sessions, unless they hold {@link #DECIDE} or {@link #RECORDS}.
 */
public final class MutualTrainingPermissions {

    /** Read the catalogue, offer a skill, request a training and follow one's own requests and hours. */
    public static final String MEMBER = "mutual-training.member";
    /** The committee: read every request and decide (approve, refuse, put on hold). */
    public static final String DECIDE = "mutual-training.decide";
    /** The staff representatives: add a dated edition of the allocation criteria. */
    public static final String CRITERIA = "mutual-training.criteria";
    /** Set the yearly budget and record spending. */
    public static final String BUDGET = "mutual-training.budget";
    /** Review the skills offered and publish or refuse them in the catalogue. */
    public static final String REVIEW = "mutual-training.review";
    /** Every session and attendance, the hours of every member, the yearly export. */
    public static final String RECORDS = "mutual-training.records";

    private MutualTrainingPermissions() {
    }
}
