package nl.kringwerk.material.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A conversation question of a piece, in Dutch and (where written) English. */
@Embeddable
public class MaterialQuestion {

    @Column(name = "text_nl", nullable = false, length = MaterialDraft.MAX_QUESTION)
    private String textNl;

    @Column(name = "text_en", length = MaterialDraft.MAX_QUESTION)
    private @Nullable String textEn;

    protected MaterialQuestion() {}

    MaterialQuestion(String textNl, @Nullable String textEn) {
        this.textNl = textNl;
        this.textEn = textEn;
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
