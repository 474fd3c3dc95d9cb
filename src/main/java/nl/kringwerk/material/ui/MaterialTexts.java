package nl.kringwerk.material.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import nl.kringwerk.material.domain.MaterialFor;
import nl.kringwerk.material.domain.UsageFigures;

/** How the material screens say a piece's kind, length and use, in one place. */
final class MaterialTexts {

    private MaterialTexts() {}

    static String forType(Component owner, MaterialFor type) {
        return owner.getTranslation("material.for." + type.name());
    }

    static String usage(Component owner, UsageFigures usage) {
        return usage.used() == 0
                ? owner.getTranslation("material.usage.none")
                : owner.getTranslation(
                        "material.usage", usage.used(), usage.workedWell(), usage.soSo(), usage.didNotWork());
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
