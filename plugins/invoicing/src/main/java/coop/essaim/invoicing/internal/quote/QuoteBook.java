package coop.essaim.invoicing.internal.quote;

import coop.essaim.api.mail.SentMail;
import coop.essaim.api.money.Money;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteDraft;
import coop.essaim.invoicing.api.QuoteInvoiceKind;
import coop.essaim.invoicing.api.QuoteInvoicing;
import coop.essaim.invoicing.api.QuoteStatus;
import coop.essaim.invoicing.api.Quotes;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.customer.CustomerEntity;
import coop.essaim.invoicing.internal.customer.CustomerRegistry;
import coop.essaim.invoicing.internal.invoice.QuoteInvoiceDrafts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The quotes: drafts, sending with their number, the customer's answer, duplicates and invoices drafted. */
public final class QuoteBook implements Quotes {

    private static final Logger LOG = LoggerFactory.getLogger(QuoteBook.class);

    private final ModuleStore store;
    private final Reach reach;
    private final CustomerRegistry customers;
    private final QuoteContent content;
    private final QuoteInvoiceDrafts drafts;
    private final QuoteSending sending;
    private final QuoteSearch search;
    private final Clock clock;

    public QuoteBook(ModuleStore store, Reach reach, CustomerRegistry customers, QuoteParts parts, Clock clock) {
        this.store = store;
        this.reach = reach;
        this.customers = customers;
        this.content = new QuoteContent(parts.rulebook(), parts.settings(), clock);
        this.drafts = parts.drafts();
        this.sending = new QuoteSending(parts.mailer(), parts.files(), parts.rulebook(), parts.brands());
        this.search = new QuoteSearch(store, reach);
        this.clock = clock;
    }

    @Override
    public Quote create(UserContext actor, long activityId, QuoteDraft draft) {
        actor.require(InvoicingPermissions.WRITE);
        reach.requireActivity(actor, activityId, "activity");
        return store.inTransaction(em -> {
            CustomerEntity customer = customerOf(em, actor, activityId, draft.customerId());
            QuoteEntity quote = new QuoteEntity(actor.cooperativeId(), activityId,
                    content.currency(actor).getCurrencyCode(), null, actor.login(), clock.instant());
            content.fill(actor, quote, customer, draft);
            em.persist(quote);
            em.flush();
            return quote.toRecord(today());
        });
    }

    @Override
    public Quote change(UserContext actor, long quoteId, QuoteDraft draft) {
        actor.require(InvoicingPermissions.WRITE);
        return store.inTransaction(em -> {
            QuoteEntity quote = entity(em, actor, quoteId, false);
            requireDraft(actor, quote);
            content.fill(actor, quote, customerOf(em, actor, quote.getActivityId(), draft.customerId()), draft);
            return quote.toRecord(today());
        });
    }

    @Override
    public void delete(UserContext actor, long quoteId) {
        actor.require(InvoicingPermissions.WRITE);
        store.run(em -> {
            QuoteEntity quote = entity(em, actor, quoteId, false);
            requireDraft(actor, quote);
            em.remove(quote);
        });
    }

    @Override
    public Quote markSent(UserContext actor, long quoteId) {
        return sendAnd(actor, quoteId, sent -> sent);
    }

    @Override
    public SentMail send(UserContext actor, long quoteId) {
        Quote current = find(actor, quoteId).orElseThrow(() -> Reach.notFound(actor, "quote"));
        Customer customer = customers.find(actor, current.customerId())
                .orElseThrow(() -> Reach.notFound(actor, "customerId"));
        String to = QuoteSending.address(actor, customer);
        // mailed inside the sending transaction: a refused mail rolls the number and the status back
        return sendAnd(actor, quoteId, sent -> sending.mail(actor, sent, to));
    }

    @Override
    public Quote accept(UserContext actor, long quoteId) {
        return decide(actor, quoteId, QuoteStatus.ACCEPTED);
    }

    @Override
    public Quote refuse(UserContext actor, long quoteId) {
        return decide(actor, quoteId, QuoteStatus.REFUSED);
    }

    @Override
    public Quote duplicate(UserContext actor, long quoteId) {
        actor.require(InvoicingPermissions.WRITE);
        return store.inTransaction(em -> {
            Quote original = entity(em, actor, quoteId, false).toRecord(today());
            QuoteEntity copy = new QuoteEntity(actor.cooperativeId(), original.activityId(),
                    original.totalInclVat().currency().getCurrencyCode(), original.id(), actor.login(),
                    clock.instant());
            content.fill(actor, copy, customerOf(em, actor, original.activityId(), original.customerId()),
                    new QuoteDraft(original.customerId(), today(), null, original.depositPercent(),
                            original.buyerReference(), QuoteInvoiceLines.copy(original.lines())));
            em.persist(copy);
            em.flush();
            LOG.info("quote {} duplicated as draft {} by {}", original.id(), copy.getId(), actor.login());
            return copy.toRecord(today());
        });
    }

    @Override
    public Invoice invoice(UserContext actor, long quoteId, QuoteInvoiceKind kind, BigDecimal percent) {
        actor.require(InvoicingPermissions.WRITE);
        return store.inTransaction(em -> {
            QuoteEntity entity = entity(em, actor, quoteId, true);
            Quote quote = entity.toRecord(today());
            if (quote.status() != QuoteStatus.ACCEPTED) {
                throw new ValidationException("quote", Messages.text(actor.locale(), "error.quoteNotAccepted"));
            }
            List<Invoice> drafted = QuoteInvoiceDrafts.ofQuote(em, actor.cooperativeId(), quoteId);
            QuoteInvoiceLines.Planned plan = QuoteInvoiceLines.plan(actor, quote, kind, percent, drafted,
                    content.documentLocale(actor), today());
            Invoice created = drafts.create(em, actor, quote.activityId(), quoteId, plan.kind(), plan.draft());
            Money left = left(quote, drafted);
            if (created.totalExclVat().compareTo(left) > 0) {
                // thrown inside the transaction: the draft just written is rolled back with it
                throw new ValidationException("percent", Messages.text(actor.locale(), "error.quoteExceeded",
                        quote.number(), left.format(actor.locale())));
            }
            LOG.info("quote {}: {} invoice draft {} by {}", quote.number(), kind, created.id(), actor.login());
            return created;
        });
    }

    @Override
    public QuoteInvoicing invoicing(UserContext actor, long quoteId) {
        Quote quote = find(actor, quoteId).orElseThrow(() -> Reach.notFound(actor, "quote"));
        List<Invoice> drafted = store.read(em -> QuoteInvoiceDrafts.ofQuote(em, actor.cooperativeId(), quoteId));
        Money left = left(quote, drafted);
        return new QuoteInvoicing(quoteId, drafted, quote.totalExclVat().minus(left), left);
    }

    @Override
    public Optional<Quote> find(UserContext actor, long quoteId) {
        if (!actor.can(InvoicingPermissions.VIEW)) {
            return Optional.empty();
        }
        return store.read(em -> Optional.ofNullable(em.find(QuoteEntity.class, quoteId))
                .filter(q -> q.getCooperativeId() == actor.cooperativeId())
                .filter(q -> reach.reaches(actor, q.getActivityId()))
                .map(q -> q.toRecord(today())));
    }

    @Override
    public List<Quote> of(UserContext actor, long activityId, QuoteStatus status) {
        reach.requireActivity(actor, activityId, "activity");
        return search.of(actor, activityId, status, today());
    }

    @Override
    public List<SentMail> sendings(UserContext actor, long quoteId) {
        find(actor, quoteId).orElseThrow(() -> Reach.notFound(actor, "quote"));
        return sending.history(actor, quoteId);
    }

    /** Gives the draft its number and marks it sent, then runs {@code then} in the same transaction. */
    private <R> R sendAnd(UserContext actor, long quoteId, Function<Quote, R> then) {
        actor.require(InvoicingPermissions.WRITE);
        Quote current = find(actor, quoteId).orElseThrow(() -> Reach.notFound(actor, "quote"));
        if (current.status() != QuoteStatus.DRAFT) {
            throw new ValidationException("status", Messages.text(actor.locale(), "error.quoteNotDraft"));
        }
        if (current.issueDate().isAfter(today())) {
            throw new ValidationException("issueDate", Messages.text(actor.locale(), "error.quoteFutureDate"));
        }
        if (current.validUntil().isBefore(today())) {
            throw new ValidationException("validUntil", Messages.text(actor.locale(), "error.quoteValidityPast"));
        }
        int year = current.issueDate().getYear();
        QuoteNumbering.ensureSeries(store, actor.cooperativeId(), year);
        return store.inTransaction(em -> {
            String number = QuoteNumbering.next(em, actor.cooperativeId(), year);
            QuoteEntity quote = entity(em, actor, quoteId, false);
            em.refresh(quote); // read again under the series lock: a concurrent sending may have won
            requireDraft(actor, quote);
            quote.sent(number, actor.login(), clock.instant());
            em.flush();
            LOG.info("quote {} sent as {} by {}", quoteId, number, actor.login());
            return then.apply(quote.toRecord(today()));
        });
    }

    private Quote decide(UserContext actor, long quoteId, QuoteStatus answer) {
        actor.require(InvoicingPermissions.WRITE);
        return store.inTransaction(em -> {
            QuoteEntity quote = entity(em, actor, quoteId, true);
            Quote current = quote.toRecord(today());
            if (answer == QuoteStatus.ACCEPTED && current.status() == QuoteStatus.EXPIRED) {
                throw new ValidationException("status", Messages.text(actor.locale(), "error.quoteExpired",
                        current.validUntil()));
            }
            if (quote.storedStatus() != QuoteStatus.SENT) {
                throw new ValidationException("status", Messages.text(actor.locale(), "error.quoteNotSent"));
            }
            quote.decided(answer, actor.login(), clock.instant());
            LOG.info("quote {} {} by {}", current.number(), answer, actor.login());
            return quote.toRecord(today());
        });
    }

    /** What is left of the quote excl. VAT once every invoice drafted from it (drafts too) is counted. */
    private static Money left(Quote quote, List<Invoice> drafted) {
        Money invoiced = drafted.stream().map(Invoice::totalExclVat)
                .reduce(Money.zero(quote.totalExclVat().currency()), Money::plus);
        return quote.totalExclVat().minus(invoiced);
    }

    private void requireDraft(UserContext actor, QuoteEntity quote) {
        if (quote.storedStatus() != QuoteStatus.DRAFT) {
            throw new ValidationException("status", Messages.text(actor.locale(), "error.quoteNotDraft"));
        }
    }

    private CustomerEntity customerOf(EntityManager em, UserContext actor, long activityId, long customerId) {
        CustomerEntity customer = customers.entity(em, actor, customerId, "customerId");
        if (customer.getActivityId() != activityId) {
            throw Reach.notFound(actor, "customerId");
        }
        return customer;
    }

    private QuoteEntity entity(EntityManager em, UserContext actor, long quoteId, boolean lock) {
        QuoteEntity quote = lock ? em.find(QuoteEntity.class, quoteId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(QuoteEntity.class, quoteId);
        if (quote == null || quote.getCooperativeId() != actor.cooperativeId()
                || !reach.reaches(actor, quote.getActivityId())) {
            throw Reach.notFound(actor, "quote");
        }
        return quote;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
