package coop.essaim.kernel.people;

import coop.essaim.kernel.persistence.CreationStamp;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** Table PERSON_TRADE: one trade of a person as typed, with the accent-free key the trade filter matches. */
@Entity(name = "PersonTrade")
@Table(name = "PERSON_TRADE")
public class PersonTradeEntity {

    @Id
    @SequenceGenerator(name = "PERSON_TRADE_SEQ", sequenceName = "PERSON_TRADE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PERSON_TRADE_SEQ")
    @Column(name = "ID")
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    private long personId;

    @Column(name = "TRADE", nullable = false, updatable = false, length = 80)
    private String trade;

    @Column(name = "TRADE_KEY", nullable = false, updatable = false, length = 80)
    private String tradeKey;

    @Embedded
    private CreationStamp created;

    protected PersonTradeEntity() {
        // for JPA
    }

    public PersonTradeEntity(long cooperativeId, long personId, String trade, Instant now, String by) {
        this.cooperativeId = cooperativeId;
        this.personId = personId;
        this.trade = trade;
        this.tradeKey = PeopleText.key(trade);
        this.created = new CreationStamp(now, by);
    }

    public long getPersonId() {
        return personId;
    }

    public String getTrade() {
        return trade;
    }
}
