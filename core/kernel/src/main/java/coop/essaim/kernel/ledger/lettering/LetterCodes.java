package coop.essaim.kernel.ledger.lettering;

import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The codes of an account's matches: AA, AB, ... AZ, BA, ... ZZ, AAA, ... A new match takes the code after the
 * highest the workflow holds on the account (longer codes are higher), skipping any code given at post time on
 * the account in any case, so a code never names two matches at once. Called under the chain lock.
 */
final class LetterCodes {

    static final String FIRST = "AA";
    private static final int BATCH = 50;

    private LetterCodes() {
    }

    /** The code that follows {@code code} (upper-case letters). */
    static String successor(String code) {
        char[] c = code.toCharArray();
        for (int i = c.length - 1; i >= 0; i--) {
            if (c[i] < 'Z') {
                c[i]++;
                return new String(c);
            }
            c[i] = 'A';
        }
        return "A".repeat(code.length() + 1);
    }

    static String next(EntityManager em, long cooperativeId, String accountCode) {
        Number length = (Number) em.createQuery("select max(length(l.code)) from LedgerLettering l"
                        + " where l.cooperativeId = :coop and l.accountCode = :acc")
                .setParameter("coop", cooperativeId).setParameter("acc", accountCode).getSingleResult();
        String candidate = FIRST;
        if (length != null) {
            String highest = em.createQuery("select max(l.code) from LedgerLettering l where l.cooperativeId = :coop"
                            + " and l.accountCode = :acc and length(l.code) = :n", String.class)
                    .setParameter("coop", cooperativeId).setParameter("acc", accountCode).setParameter("n", length.intValue())
                    .getSingleResult();
            candidate = successor(highest);
        }
        while (true) {
            List<String> batch = new ArrayList<>(BATCH);
            for (String c = candidate; batch.size() < BATCH; c = successor(c)) {
                batch.add(c);
            }
            Set<String> taken = new HashSet<>();
            for (String used : em.createQuery("select distinct upper(p.lettering) from LedgerPosting p"
                            + " where p.cooperativeId = :coop and p.accountCode = :acc and upper(p.lettering) in :codes",
                    String.class).setParameter("coop", cooperativeId).setParameter("acc", accountCode)
                    .setParameter("codes", batch).getResultList()) {
                taken.add(used.toUpperCase(Locale.ROOT));
            }
            for (String c : batch) {
                if (!taken.contains(c)) {
                    return c;
                }
            }
            candidate = successor(batch.get(batch.size() - 1));
        }
    }
}
