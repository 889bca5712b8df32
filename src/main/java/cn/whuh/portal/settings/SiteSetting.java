package cn.whuh.portal.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One value an ADMIN set on the settings page; a null value stands for the environment's default. */
@Entity
@Table(name = "site_setting")
public class SiteSetting {

    @Id
    @Column(name = "setting_key", length = 50)
    private String key;
    @Column(name = "setting_value", length = 500)
    private String value;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;
    /** Null until stored: a new row is inserted, never merged over one another admin just wrote. */
    @Version
    private Long version;

    protected SiteSetting() {
    }

    SiteSetting(String key) {
        this.key = key;
    }

    void set(String value, String by, Instant at) {
        this.value = value;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Long getVersion() {
        return version;
    }
}
