package coop.essaim.governance.api;

import java.time.LocalDate;

/**
 * A candidacy to become associate: the candidate's letter, whether the admission rule sent it to the board first,
 * and each step's dated decision with its reasons (null until taken).
 */
public record Candidacy(long id, long personId, String letter, LocalDate submittedOn, boolean boardFirst,
                        CandidacyStage stage, LocalDate boardDecidedOn, Boolean boardApproved, String boardReasons,
                        LocalDate assemblyDecidedOn, Boolean assemblyApproved, String assemblyReasons) {
}
