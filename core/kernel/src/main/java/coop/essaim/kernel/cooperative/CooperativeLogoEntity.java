package coop.essaim.kernel.cooperative;

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

/** Table COOPERATIVE_LOGO: the cooperative's logo image, checked before it is stored. */
@Entity(name = "CooperativeLogo")
@Table(name = "COOPERATIVE_LOGO")
public class CooperativeLogoEntity {

    @Id
    @Column(name = "COOPERATIVE_ID")
    private Long cooperativeId;

    @Column(name = "MEDIA_TYPE", nullable = false, length = 40)
    private String mediaType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    @Embedded
    private AuditStamp stamp;

    @Version
    @Column(name = "ROW_VERSION", nullable = false)
    private int rowVersion;

    protected CooperativeLogoEntity() {
        // for JPA
    }

    public CooperativeLogoEntity(long cooperativeId, byte[] content, String mediaType, Instant now, String by) {
        this.cooperativeId = cooperativeId;
        this.content = content.clone();
        this.mediaType = mediaType;
        this.stamp = AuditStamp.created(now, by);
    }

    public void replace(byte[] newContent, String newMediaType, Instant now, String by) {
        this.content = newContent.clone();
        this.mediaType = newMediaType;
        this.stamp = stamp.touched(now, by);
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getMediaType() {
        return mediaType;
    }
}
