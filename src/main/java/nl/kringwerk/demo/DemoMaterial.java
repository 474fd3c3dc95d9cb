package nl.kringwerk.demo;

import java.util.List;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.material.domain.MaterialFor;
import nl.kringwerk.material.domain.UseReflection;
import nl.kringwerk.material.service.MaterialCard;
import nl.kringwerk.material.service.MaterialFilter;
import nl.kringwerk.material.service.MaterialLibrary;
import nl.kringwerk.material.service.SessionThemes;
import nl.kringwerk.material.service.ThemePlan;
import nl.kringwerk.sessions.service.CalendarEntry;

/**
 * Themes in the demo: past sessions were prepared with pieces of the starter library (through the
 * service, before they were held) and carry a reflection, so the library shows usage figures; the
 * next session of each group has a theme ready.
 */
final class DemoMaterial {

    /** How the demo sessions' themes went, in turn. */
    private static final UseReflection[] HOW = {
        UseReflection.WORKED_WELL,
        UseReflection.WORKED_WELL,
        UseReflection.SO_SO,
        UseReflection.WORKED_WELL,
        UseReflection.DID_NOT_WORK
    };

    private final MaterialLibrary library;
    private final SessionThemes themes;

    DemoMaterial(MaterialLibrary library, SessionThemes themes) {
        this.library = library;
        this.themes = themes;
    }

    /** Prepares session number s (counted from 0) of the group with the s-th suitable piece. */
    void prepare(long groupId, long sessionId, int s, MaterialFor kind) {
        List<MaterialCard> pieces = library.library(new MaterialFilter(null, kind, null, null), Translations.DUTCH);
        themes.prepare(groupId, sessionId, pieces.get((s * 3) % pieces.size()).id(), Translations.DUTCH);
    }

    /** After the sessions: a reflection for each held one, and a theme for the next one. */
    void reflectAndPrepareNext(long groupId, MaterialFor kind, int offset) {
        ThemePlan plan = themes.themePlan(groupId, Translations.DUTCH);
        for (int i = 0; i < plan.past().size(); i++) {
            themes.reflect(groupId, plan.past().get(i).sessionId(), HOW[(i + offset) % HOW.length]);
        }
        plan.coming().stream()
                .filter(l -> l.state() == CalendarEntry.State.PLANNED)
                .findFirst()
                .ifPresent(next -> prepare(groupId, next.sessionId(), offset + 1, kind));
    }
}
