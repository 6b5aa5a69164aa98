package coop.essaim.testmodules.broken;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A mapping error on purpose: an entity without an id, which must fail the module's start. */
@Entity
@Table(name = "TBROKEN_THING")
public class NoIdEntity {

    private String name;

    public String getName() {
        return name;
    }
}
