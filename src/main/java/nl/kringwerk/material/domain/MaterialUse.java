package nl.kringwerk.material.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A piece prepared for one session of a group: the version it used, the session's own steps and
 * afterwards one reflection. It names no member.
 */
@Entity
@Table(name = "material_use")
public class MaterialUse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "material_id", nullable = false)
    private long materialId;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "group_id", nullable = false, updatable = false)
    private long groupId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_kind", nullable = false, updatable = false, length = 20)
    private SessionKind sessionKind;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;

    @Column(name = "prepared_by", nullable = false, length = 60)
    private String preparedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable UseReflection reflection;

    @Column(name = "reflected_at")
    private @Nullable Instant reflectedAt;

    @Column(name = "reflected_by", length = 60)
    private @Nullable String reflectedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "material_use_step", joinColumns = @JoinColumn(name = "use_id"))
    @OrderColumn(name = "position")
    private List<UsedStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected MaterialUse() {}

    public MaterialUse(
            long groupId, long organisationId, SessionKind sessionKind, long sessionId, LocalDate sessionDate) {
        this.groupId = groupId;
        this.organisationId = organisationId;
        this.sessionKind = sessionKind;
        this.sessionId = sessionId;
        this.sessionDate = sessionDate;
    }

    /** Takes (another) piece for this session: its steps replace whatever was prepared before. */
    public void prepare(MaterialVersion piece, boolean english, Instant at, String by) {
        this.materialId = piece.getMaterialId();
        this.versionId = piece.getId();
        this.steps = new ArrayList<>(piece.steps().stream()
                .map(s -> new UsedStep(s.minutes(), s.text(english)))
                .toList());
        this.preparedAt = at;
        this.preparedBy = by;
    }

    public void moveTo(LocalDate date) {
        this.sessionDate = date;
    }

    public void changeMinutes(int position, int minutes) {
        UsedStep old = steps.get(position);
        steps.set(position, new UsedStep(minutes, old.text()));
    }

    public void removeStep(int position) {
        steps.remove(position);
    }

    public void addStep(UsedStep step) {
        steps.add(step);
    }

    public void reflect(UseReflection reflection, Instant at, String by) {
        this.reflection = reflection;
        this.reflectedAt = at;
        this.reflectedBy = by;
    }

    public int minutes() {
        return steps.stream().mapToInt(UsedStep::minutes).sum();
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getMaterialId() {
        return materialId;
    }

    public long getVersionId() {
        return versionId;
    }

    public long getGroupId() {
        return groupId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public SessionKind getSessionKind() {
        return sessionKind;
    }

    public long getSessionId() {
        return sessionId;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public @Nullable UseReflection getReflection() {
        return reflection;
    }

    public List<UsedStep> steps() {
        return List.copyOf(steps);
    }
}
