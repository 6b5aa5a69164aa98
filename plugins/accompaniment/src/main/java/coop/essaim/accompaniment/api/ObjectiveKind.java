package coop.essaim.accompaniment.api;

/**
 * What an objective aims at: a yearly or period turnover (an amount), hours of paid work (a number of hours),
 * a skill to acquire (in words), or a training to follow, the lines of the person's training plan (in words, with
 * its hours).
 */
public enum ObjectiveKind {
    TURNOVER,
    HOURS,
    SKILL,
    TRAINING
}
