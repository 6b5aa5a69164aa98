package coop.essaim.countryfr.internal.fec;

import coop.essaim.api.ledger.EntryQuery;
import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.security.UserContext;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The entries of a fiscal year in validation order, a page at a time. The ledger lists entries by date, journal
 * and number; within a journal the number is given at validation, so each journal is read in number order (an
 * entry dated earlier but validated later waits in a small buffer until its turn) and the journals are merged
 * by validation instant. A first pass finds the journals the year uses, so a country plugin's own journal is
 * exported too. Memory: one page per journal and the entries validated out of date order.
 */
final class FecEntries {

    static final int PAGE = 500;
    private static final Comparator<JournalCursor> VALIDATION_ORDER = Comparator
            .comparing((JournalCursor c) -> c.peek().validatedAt()).thenComparingLong(c -> c.peek().id());

    private final Ledger ledger;
    private final UserContext user;
    private final FiscalYear year;

    FecEntries(Ledger ledger, UserContext user, FiscalYear year) {
        this.ledger = ledger;
        this.user = user;
        this.year = year;
    }

    void forEach(Consumer<ValidatedEntry> action) {
        PriorityQueue<JournalCursor> next = new PriorityQueue<>(VALIDATION_ORDER);
        for (String journal : journals()) {
            JournalCursor cursor = new JournalCursor(JournalCode.of(journal));
            if (cursor.hasNext()) {
                next.add(cursor);
            }
        }
        while (!next.isEmpty()) {
            JournalCursor cursor = next.poll();
            action.accept(cursor.next());
            if (cursor.hasNext()) {
                next.add(cursor);
            }
        }
    }

    private TreeSet<String> journals() {
        TreeSet<String> codes = new TreeSet<>();
        for (int offset = 0; ; offset += PAGE) {
            List<ValidatedEntry> page = ledger.entries(user, query(null, offset));
            page.forEach(e -> codes.add(e.journal().code()));
            if (page.size() < PAGE) {
                return codes;
            }
        }
    }

    private EntryQuery query(JournalCode journal, int offset) {
        return new EntryQuery(user.cooperativeId(), journal, year.start(), year.end(), null, null, offset, PAGE);
    }

    /** One journal's entries in number order. */
    private final class JournalCursor implements Iterator<ValidatedEntry> {
        private final JournalCode journal;
        private final TreeMap<Long, ValidatedEntry> waiting = new TreeMap<>();
        private int offset;
        private boolean exhausted;
        private long expected = 1;
        private ValidatedEntry head;

        JournalCursor(JournalCode journal) {
            this.journal = journal;
        }

        @Override
        public boolean hasNext() {
            if (head == null) {
                head = advance();
            }
            return head != null;
        }

        ValidatedEntry peek() {
            return head;
        }

        @Override
        public ValidatedEntry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ValidatedEntry e = head;
            head = null;
            return e;
        }

        private ValidatedEntry advance() {
            while (!waiting.containsKey(expected) && !exhausted) {
                List<ValidatedEntry> page = ledger.entries(user, query(journal, offset));
                page.forEach(e -> waiting.put(e.number(), e));
                offset += page.size();
                exhausted = page.size() < PAGE;
            }
            // a gap cannot happen in our own books; should one appear, go on with the next number there is
            var found = waiting.containsKey(expected) ? waiting.remove(expected)
                    : waiting.isEmpty() ? null : waiting.pollFirstEntry().getValue();
            if (found != null) {
                expected = found.number() + 1;
            }
            return found;
        }
    }
}
