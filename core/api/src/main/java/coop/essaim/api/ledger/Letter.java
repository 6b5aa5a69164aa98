package coop.essaim.api.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A group of postings of one account matched by the lettering workflow: {@code code} (AA, AB, ... ZZ, AAA...),
 * unique on the account, the day it was lettered and by whom ({@code letteredBy} a login, {@code letteredAt}
 * the instant), and the postings it matches, whose debits equal their credits.
 */
public record Letter(String accountCode, String code, LocalDate letteredOn, Instant letteredAt, String letteredBy,
                     List<OpenPosting> postings) {

    public Letter {
        postings = List.copyOf(postings);
    }
}
