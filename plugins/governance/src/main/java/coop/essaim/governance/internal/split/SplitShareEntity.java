package coop.essaim.governance.internal.split;

import coop.essaim.api.money.Money;
import coop.essaim.governance.api.SplitShare;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** Table GOV_SPLIT_SHARE: what one person receives of a split; replaced while the split is a draft. */
@Entity(name = "GovernanceSplitShare")
@Table(name = "GOV_SPLIT_SHARE")
public class SplitShareEntity {

    @Id
    @SequenceGenerator(name = "GOV_SPLIT_SHARE_SEQ", sequenceName = "GOV_SPLIT_SHARE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "GOV_SPLIT_SHARE_SEQ")
    @Column(name = "ID")
    Long id;
    @Column(name = "SPLIT_ID", nullable = false, updatable = false)
    long splitId;
    @Column(name = "PERSON_ID", nullable = false, updatable = false)
    long personId;
    @Column(name = "PERSON_NAME", nullable = false, updatable = false, length = 200)
    String personName;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false, length = 13)
    SplitShare.Kind kind;
    @Column(name = "BASE", nullable = false, updatable = false, precision = 15, scale = 2)
    BigDecimal base;
    @Column(name = "AMOUNT_MINOR", nullable = false, updatable = false)
    long amountMinor;

    protected SplitShareEntity() {
    }

    SplitShareEntity(long splitId, SplitShare s) {
        this.splitId = splitId;
        this.personId = s.personId();
        this.personName = s.name().length() > 200 ? s.name().substring(0, 200) : s.name();
        this.kind = s.kind();
        this.base = s.base();
        this.amountMinor = s.amount().minorUnits();
    }

    SplitShare toShare(String currency) {
        return new SplitShare(personId, personName, kind, base, Money.of(amountMinor, currency));
    }
}
