package nl.kringwerk.groups.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.base.i18n.MemberTexts;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.base.ui.MemberWords;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.service.GroupService;

/**
 * The language(s) of what the group's members see: its screen, the counting question and the forms
 * they sign. Whoever runs the group's sessions may change them (the chair too), while the group runs.
 */
class ScreenLanguagesSection extends Div {

    ScreenLanguagesSection(GroupService service, GroupPage page, Runnable onChanged) {
        addClassName("screen-languages");
        Div fact = new Div();
        fact.addClassName("fact");
        Span label = new Span(getTranslation("group.languages"));
        label.addClassName("fact-label");
        Div value = new Div();
        value.addClassName("fact-value");
        value.setId("screen-languages");
        for (MemberLanguage language : page.screenLanguages().all()) {
            if (value.getComponentCount() > 0) {
                value.add(new Span(" + "));
            }
            value.add(name(this, language));
        }
        fact.add(label, value);
        add(fact);
        if (page.isActive()) {
            Button choose = new Button(
                    getTranslation("group.languages.choose"),
                    new Icon(VaadinIcon.GLOBE),
                    click -> dialog(service, page, onChanged).open());
            choose.setId("choose-languages");
            add(choose);
        }
    }

    /** "Arabisch (العربية)": the reader's word, then the language's own, in its own direction. */
    static Span name(Component owner, MemberLanguage language) {
        Span name = new Span(owner.getTranslation("language." + language.name()));
        name.addClassName("language-name");
        String own = MemberTexts.text(language, "language.name");
        if (!own.equalsIgnoreCase(name.getText())) {
            Span ownName = MemberWords.speaking(language, new Span(own));
            name.add(new Span(" ("), ownName, new Span(")"));
        }
        return name;
    }

    private Dialog dialog(GroupService service, GroupPage page, Runnable onChanged) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("group.languages.title"));
        Select<MemberLanguage> first = select("group.languages.first", "first-language");
        Select<MemberLanguage> second = select("group.languages.second", "second-language");
        second.setEmptySelectionAllowed(true);
        second.setEmptySelectionCaption("—");
        ScreenLanguages current = page.screenLanguages();
        first.setValue(current.first());
        second.setValue(current.second());
        FormLayout form = new FormLayout(first, second);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        dialog.add(new Paragraph(getTranslation("group.languages.help")), form);
        FieldErrors errors = new FieldErrors(dialog).bind("firstLanguage", first);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (errors.attempt(() -> service.chooseScreenLanguages(page.id(), first.getValue(), second.getValue()))) {
                dialog.close();
                onChanged.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("save-languages");
        DialogButtons.cancelAnd(dialog, save);
        dialog.setWidth("min(40rem, 96vw)");
        return dialog;
    }

    private Select<MemberLanguage> select(String labelKey, String id) {
        Select<MemberLanguage> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(MemberLanguage.values());
        select.setRenderer(
                new ComponentRenderer<>(language -> language == null ? new Span("—") : name(this, language)));
        select.setItemLabelGenerator(
                language -> language == null ? "—" : getTranslation("language." + language.name()));
        select.setId(id);
        return select;
    }
}
