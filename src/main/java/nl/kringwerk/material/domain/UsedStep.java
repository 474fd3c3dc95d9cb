package nl.kringwerk.material.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A step as prepared for one session: the session's own copy, adjusted for it alone. */
@Embeddable
public class UsedStep {

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false, length = MaterialDraft.MAX_STEP)
    private String text;

    protected UsedStep() {}

    public UsedStep(int minutes, String text) {
        this.minutes = minutes;
        this.text = text;
    }

    public int minutes() {
        return minutes;
    }

    public String text() {
        return text;
    }
}
