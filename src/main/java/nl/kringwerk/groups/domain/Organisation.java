package nl.kringwerk.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.kringwerk.base.domain.Names;
import org.jspecify.annotations.Nullable;

/** A foundation or church organisation that starts and supports groups. */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = Names.MAX_CODE_POINTS)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A deactivated organisation keeps its groups; its accounts cannot log in. */
    @Column(nullable = false)
    private boolean active = true;

    protected Organisation() {}

    public Organisation(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public void rename(String newName) {
        name = newName;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }
}
