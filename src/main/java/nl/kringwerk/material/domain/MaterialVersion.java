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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.base.domain.Texts;
import org.jspecify.annotations.Nullable;

/**
 * What a piece said at one moment. A version is never changed: editing a piece adds the next
 * version, so a session keeps the content it was prepared with.
 */
@Entity
@Table(name = "material_version")
public class MaterialVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "material_id", nullable = false, updatable = false)
    private long materialId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "for_type", nullable = false, updatable = false, length = 20)
    private MaterialFor forType;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Column(nullable = false, updatable = false, length = MaterialDraft.MAX_TAGS)
    private String tags;

    @Column(name = "title_nl", nullable = false, updatable = false)
    private String titleNl;

    @Column(name = "title_en", updatable = false)
    private @Nullable String titleEn;

    @Column(name = "goal_nl", nullable = false, updatable = false)
    private String goalNl;

    @Column(name = "goal_en", updatable = false)
    private @Nullable String goalEn;

    @Column(name = "bring_nl", updatable = false)
    private @Nullable String bringNl;

    @Column(name = "bring_en", updatable = false)
    private @Nullable String bringEn;

    @Column(name = "note_nl", updatable = false)
    private @Nullable String noteNl;

    @Column(name = "note_en", updatable = false)
    private @Nullable String noteEn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "material_step", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<MaterialStep> steps = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "material_question", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<MaterialQuestion> questions = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 60)
    private String createdBy;

    protected MaterialVersion() {}

    /** A version from a draft that has no problems (checked by the caller). */
    public MaterialVersion(long materialId, int number, MaterialDraft draft, Instant at, String by) {
        this.materialId = materialId;
        this.number = number;
        this.forType = draft.forType();
        this.minutes = draft.minutes();
        this.tags = String.join(",", draft.tagList());
        this.titleNl = Texts.clean(draft.titleNl());
        this.titleEn = Texts.clean(draft.titleEn());
        this.goalNl = Texts.clean(draft.goalNl());
        this.goalEn = Texts.clean(draft.goalEn());
        this.bringNl = Texts.clean(draft.bringNl());
        this.bringEn = Texts.clean(draft.bringEn());
        this.noteNl = Texts.clean(draft.noteNl());
        this.noteEn = Texts.clean(draft.noteEn());
        this.steps = new ArrayList<>(draft.cleanSteps());
        this.questions = new ArrayList<>(draft.cleanQuestions());
        this.createdAt = at;
        this.createdBy = by;
    }

    /** The content as a draft again: the start of the next version, or of a copy. */
    public MaterialDraft draft() {
        return new MaterialDraft(
                titleNl,
                titleEn,
                forType,
                String.join(", ", tags()),
                goalNl,
                goalEn,
                bringNl,
                bringEn,
                noteNl,
                noteEn,
                minutes,
                steps.stream()
                        .map(s -> new MaterialDraft.Step(s.minutes(), s.textNl(), s.textEn()))
                        .toList(),
                questions.stream()
                        .map(q -> new MaterialDraft.Question(q.textNl(), q.textEn()))
                        .toList());
    }

    /** English where it was written, Dutch otherwise. */
    public String title(boolean english) {
        return english && titleEn != null ? titleEn : titleNl;
    }

    public String goal(boolean english) {
        return english && goalEn != null ? goalEn : goalNl;
    }

    public @Nullable String bring(boolean english) {
        return english && bringEn != null ? bringEn : bringNl;
    }

    public @Nullable String note(boolean english) {
        return english && noteEn != null ? noteEn : noteNl;
    }

    /** Every text has its English version. */
    public boolean hasEnglish() {
        return titleEn != null
                && goalEn != null
                && (bringNl == null || bringEn != null)
                && (noteNl == null || noteEn != null)
                && steps.stream().allMatch(s -> s.textEn() != null)
                && questions.stream().allMatch(q -> q.textEn() != null);
    }

    public List<String> tags() {
        return tags.isEmpty() ? List.of() : List.of(tags.split(","));
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getMaterialId() {
        return materialId;
    }

    public int getNumber() {
        return number;
    }

    public MaterialFor getForType() {
        return forType;
    }

    public int getMinutes() {
        return minutes;
    }

    public List<MaterialStep> steps() {
        return List.copyOf(steps);
    }

    public List<MaterialQuestion> questions() {
        return List.copyOf(questions);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
