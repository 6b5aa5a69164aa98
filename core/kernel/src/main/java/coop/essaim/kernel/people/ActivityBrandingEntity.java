package coop.essaim.kernel.people;

import coop.essaim.api.people.ActivityLogo;
import coop.essaim.api.people.ActivitySender;
import coop.essaim.kernel.persistence.AuditStamp;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/** Table ACTIVITY_BRANDING: an activity's logo and sender, each checked before it is stored, each optional. */
@Entity(name = "ActivityBranding")
@Table(name = "ACTIVITY_BRANDING")
public class ActivityBrandingEntity {

    @Id
    @Column(name = "ACTIVITY_ID")
    private Long activityId;

    @Column(name = "COOPERATIVE_ID", nullable = false, updatable = false)
    private long cooperativeId;

    @Column(name = "SENDER_EMAIL", length = 254)
    private String senderEmail;

    @Column(name = "SENDER_NAME", length = 100)
    private String senderName;

    @Column(name = "LOGO_MEDIA_TYPE", length = 40)
    private String logoMediaType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "LOGO_CONTENT")
    private byte[] logoContent;

    @Embedded
    private AuditStamp stamp;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    protected ActivityBrandingEntity() {
        // for JPA
    }

    public ActivityBrandingEntity(long cooperativeId, long activityId, Instant now, String by) {
        this.cooperativeId = cooperativeId;
        this.activityId = activityId;
        this.stamp = AuditStamp.created(now, by);
    }

    public void replaceLogo(byte[] content, String mediaType, Instant now, String by) {
        this.logoContent = content == null ? null : content.clone();
        this.logoMediaType = mediaType;
        this.stamp = stamp.touched(now, by);
    }

    public void replaceSender(ActivitySender sender, Instant now, String by) {
        this.senderEmail = sender.email();
        this.senderName = sender.name();
        this.stamp = stamp.touched(now, by);
    }

    public Optional<ActivityLogo> logo() {
        return logoMediaType == null || logoContent == null ? Optional.empty()
                : Optional.of(new ActivityLogo(logoContent, logoMediaType));
    }

    public ActivitySender sender() {
        return senderEmail == null && senderName == null ? ActivitySender.NONE
                : new ActivitySender(senderEmail, senderName);
    }

    public boolean isEmpty() {
        return logoMediaType == null && senderEmail == null && senderName == null;
    }
}
