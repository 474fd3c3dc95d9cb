package nl.kringwerk.sessions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.Texts;
import org.jspecify.annotations.Nullable;

/** One of the group's own agreements (afspraken), as the group words it. */
@Entity
@Table(name = "agreement")
public class Agreement {

    public static final int MAX_TEXT = 120;

    /**
     * Where groups usually begin, as keys of the translation bundles (the group stores the Dutch
     * text); each group keeps and changes its own list.
     */
    public static final List<String> USUAL_KEYS = List.of(
            "agreement.usual.only-listening",
            "agreement.usual.name-first",
            "agreement.usual.humour",
            "agreement.usual.questions-only",
            "agreement.usual.stays-here");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "group_id", nullable = false, updatable = false)
    private Long groupId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    protected Agreement() {}

    public Agreement(long groupId, int position, String text, Instant at, String by) {
        this.groupId = groupId;
        this.position = position;
        reword(text, at, by);
    }

    public static List<InvalidInput> problems(String text) {
        List<InvalidInput> problems = Texts.newProblems();
        Texts.required(problems, "text", text, MAX_TEXT);
        return problems;
    }

    public void reword(String text, Instant at, String by) {
        this.text = Texts.clean(text);
        this.changedAt = at;
        this.changedBy = by;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }
}
