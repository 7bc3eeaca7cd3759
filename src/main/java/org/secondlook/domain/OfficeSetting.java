package org.secondlook.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A setting of this installation (office name, idle-lock minutes, keys…), stored as text. */
@Entity
@Table(name = "office_setting")
public class OfficeSetting {
    public static final String OFFICE_NAME = "office.name";

    @Id
    @Column(name = "setting_key", nullable = false, length = 64)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 8000)
    private String value;

    protected OfficeSetting() {
    }

    public OfficeSetting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() { return key; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
}
