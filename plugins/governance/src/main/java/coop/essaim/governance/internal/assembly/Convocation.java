package coop.essaim.governance.internal.assembly;

import java.time.LocalDateTime;

/** One sending of a convocation: when, by whom, to how many associates, how many called had no e-mail address. */
public record Convocation(LocalDateTime sentAt, String sentBy, int recipients, int withoutAddress, boolean resend) {
}
