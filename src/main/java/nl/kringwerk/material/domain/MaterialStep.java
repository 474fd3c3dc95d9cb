package nl.kringwerk.material.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** One step of a piece: minutes and what to do, in Dutch and (where written) English. */
@Embeddable
public class MaterialStep {

    @Column(nullable = false)
    private int minutes;

    @Column(name = "text_nl", nullable = false, length = MaterialDraft.MAX_STEP)
    private String textNl;

    @Column(name = "text_en", length = MaterialDraft.MAX_STEP)
    private @Nullable String textEn;

    protected MaterialStep() {}

    MaterialStep(int minutes, String textNl, @Nullable String textEn) {
        this.minutes = minutes;
        this.textNl = textNl;
        this.textEn = textEn;
    }

    public int minutes() {
        return minutes;
    }

    public String text(boolean english) {
        return english && textEn != null ? textEn : textNl;
    }

    public String textNl() {
        return textNl;
    }

    public @Nullable String textEn() {
        return textEn;
    }
}
