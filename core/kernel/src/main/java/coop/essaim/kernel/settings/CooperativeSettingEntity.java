package coop.essaim.kernel.settings;

import coop.essaim.kernel.cooperative.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;

/** Table COOPERATIVE_SETTING: one value of a setting from a date on; rows are never changed. */
@Entity(name = "CooperativeSetting")
@Table(name = "COOPERATIVE_SETTING")
public class CooperativeSettingEntity {

    @Id
    @SequenceGenerator(name = "COOPERATIVE_SETTING_SEQ", sequenceName = "COOPERATIVE_SETTING_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "COOPERATIVE_SETTING_SEQ")
    @Column(name = "ID", updatable = false)
    private Long id;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "SETTING_KEY", nullable = false, updatable = false, length = 120)
    private String settingKey;

    @Column(name = "SETTING_VALUE", updatable = false, length = 1000)
    private String settingValue;

    @Column(name = "VALID_FROM", nullable = false, updatable = false)
    private LocalDateTime validFrom;

    @Column(name = "SET_BY", nullable = false, updatable = false, length = 40)
    private String setBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected CooperativeSettingEntity() {
        // for JPA
    }

    CooperativeSettingEntity(long cooperativeId, String key, String value, Instant validFrom, String setBy,
                             Instant createdAt) {
        this.cooperativeId = cooperativeId;
        this.settingKey = key;
        this.settingValue = value;
        this.validFrom = Timestamps.toColumn(validFrom);
        this.setBy = setBy;
        this.createdAt = Timestamps.toColumn(createdAt);
    }

    String getValue() {
        return settingValue;
    }

    SettingChange toChange() {
        return new SettingChange(settingKey, settingValue, Timestamps.fromColumn(validFrom), setBy);
    }
}
