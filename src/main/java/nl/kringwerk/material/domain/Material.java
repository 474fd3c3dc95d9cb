package nl.kringwerk.material.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A piece of session material: who owns it, whether other organisations may see it, and which
 * of its versions is current. Its content lives in {@link MaterialVersion}s.
 */
@Entity
@Table(name = "material")
public class Material {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** Null for the starter library that every installation has. */
    @Column(name = "organisation_id", updatable = false)
    private @Nullable Long organisationId;

    @Column(name = "starter_key", updatable = false, length = 40)
    private @Nullable String starterKey;

    @Column(nullable = false)
    private boolean shared;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "copied_from_version_id", updatable = false)
    private @Nullable Long copiedFromVersionId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    @Version
    private long version;

    protected Material() {}

    private Material(
            @Nullable Long organisationId,
            @Nullable String starterKey,
            boolean shared,
            @Nullable Long copiedFromVersionId,
            Instant at,
            String by) {
        this.organisationId = organisationId;
        this.starterKey = starterKey;
        this.shared = shared;
        this.copiedFromVersionId = copiedFromVersionId;
        this.currentVersion = 1;
        this.createdAt = at;
        this.createdBy = by;
    }

    /** A piece of the starter library: shared with everyone, owned by no organisation. */
    public static Material starter(String key, Instant at) {
        return new Material(null, key, true, null, at, "kringwerk");
    }

    public static Material of(
            long organisationId, boolean shared, @Nullable Long copiedFromVersionId, Instant at, String by) {
        return new Material(organisationId, null, shared, copiedFromVersionId, at, by);
    }

    /** The number the next version gets; it becomes the current one. */
    public int nextVersion(boolean shared) {
        this.shared = shared || organisationId == null;
        return ++currentVersion;
    }

    public boolean isStarter() {
        return organisationId == null;
    }

    public @Nullable Long getId() {
        return id;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public @Nullable String getStarterKey() {
        return starterKey;
    }

    public boolean isShared() {
        return shared;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public @Nullable Long getCopiedFromVersionId() {
        return copiedFromVersionId;
    }
}
