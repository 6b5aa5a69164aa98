package coop.essaim.kernel.ledger.journal;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.JournalExport;
import coop.essaim.api.ledger.JournalFormat;
import coop.essaim.api.ledger.JournalImport;
import coop.essaim.api.ledger.JournalImportResult;
import coop.essaim.api.ledger.LedgerJournals;
import coop.essaim.api.ledger.LedgerPermissions;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.ledger.KernelLedger;
import coop.essaim.kernel.ledger.LedgerScan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The journal export and import on the kernel's ledger: the export streams the entries through
 * {@link LedgerScan}, the import posts every transaction of a file through one {@link KernelLedger#postBatch}.
 */
public final class KernelLedgerJournals implements LedgerJournals {

    private final ModuleStore store;
    private final CooperativeDirectory cooperatives;
    private final KernelLedger ledger;
    private final LedgerScan scan;

    public KernelLedgerJournals(ModuleStore store, CooperativeDirectory cooperatives, KernelLedger ledger,
                                LedgerScan scan) {
        this.store = store;
        this.cooperatives = cooperatives;
        this.ledger = ledger;
        this.scan = scan;
    }

    @Override
    public long export(UserContext user, JournalExport request, Writer out) throws IOException {
        user.require(LedgerPermissions.READ);
        Cooperative coop = cooperative(user, request.cooperativeId());
        ActivityCodes codes = ActivityCodes.of(store, coop.id());
        long[] count = new long[1];
        try {
            if (request.format() == JournalFormat.CSV) {
                PostingCsvWriter csv = new PostingCsvWriter(out, codes);
                scan.forEach(user, coop.id(), request.from(), request.to(), e -> {
                    csv.entry(e);
                    count[0]++;
                });
                csv.flush();
            } else {
                HledgerWriter journal = new HledgerWriter(out, codes, id -> ledger.entry(user, id)
                        .map(ValidatedEntry::reference).orElse("entry-" + id));
                List<Account> accounts = scan.chart(coop.country()).map(m -> List.copyOf(m.values())).orElse(List.of());
                scan.requireWholeBooks(user, coop.id()); // before anything is written
                journal.header(coop.legalName(), accounts);
                scan.forEach(user, coop.id(), request.from(), request.to(), e -> {
                    journal.entry(e);
                    count[0]++;
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
        return count[0];
    }

    @Override
    public JournalImportResult importJournal(UserContext user, JournalImport request, Reader in) throws IOException {
        user.require(LedgerPermissions.POST);
        Cooperative coop = cooperative(user, request.cooperativeId());
        JournalMessages messages = new JournalMessages(user.locale());
        ActivityCodes codes = ActivityCodes.of(store, coop.id());
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        String detail = "journal " + (request.sourceName() == null ? "(unnamed)" : request.sourceName())
                + (request.origin() == null ? "" : " via " + request.origin());
        try {
            return ledger.postBatch(user, "core.ledger.import", detail, batch -> {
                Map<String, Account> chart = batch.chart().orElse(null);
                if (chart == null) {
                    Problems none = new Problems();
                    none.add(1, messages.text("journal.chart.missing", coop.country()));
                    none.throwIfAny();
                }
                long read = new JournalImporter(batch, coop.id(), Currency.getInstance(coop.currency()), chart, codes,
                        messages).run(reader);
                batch.flush();
                return new JournalImportResult(read, batch.posted(), batch.alreadyPresent(), batch.postings());
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Cooperative cooperative(UserContext user, long cooperativeId) {
        if (cooperativeId != user.cooperativeId()) {
            throw new AccessDeniedException(LedgerPermissions.READ);
        }
        return cooperatives.find(cooperativeId).orElseThrow(() -> new IllegalStateException("user " + user.login()
                + ": cooperative " + cooperativeId + " does not exist"));
    }
}
