package nl.kringwerk.material.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.material.domain.MaterialDraft;
import nl.kringwerk.material.service.MaterialPiece;
import nl.kringwerk.material.service.PreparedTheme;
import nl.kringwerk.material.service.SessionThemes;

/**
 * The theme of one savings session as prepared: its steps with minutes, changed for this session
 * only (minutes, leave a step out, add one). The piece in the library stays as it is.
 */
final class PrepareDialog extends Dialog {

    private final SessionThemes themes;
    private final long groupId;
    private final long sessionId;
    private final Div body = new Div();

    PrepareDialog(SessionThemes themes, long groupId, long sessionId, Runnable changed) {
        this.themes = themes;
        this.groupId = groupId;
        this.sessionId = sessionId;
        setWidth("min(48rem, 98vw)");
        add(body);
        Button done = new Button(getTranslation("action.close"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        done.setId("prepare-done");
        getFooter().add(done);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                changed.run();
            }
        });
        refresh();
    }

    private void refresh() {
        body.removeAll();
        PreparedTheme theme = themes.prepared(groupId, sessionId, getLocale()).orElseThrow();
        setHeaderTitle(theme.title());
        Span total = new Span(getTranslation("themes.total", theme.minutes()));
        total.addClassName("row-title");
        total.setId("prepared-total");
        Div rows = new Div();
        rows.addClassName("rows");
        List<MaterialPiece.Step> steps = theme.steps();
        for (int i = 0; i < steps.size(); i++) {
            rows.add(stepRow(i, steps.get(i)));
        }
        body.add(new Paragraph(getTranslation("themes.adjust.intro")), total, rows, extraStep());
    }

    private Div stepRow(int position, MaterialPiece.Step step) {
        Span text = new Span(step.text());
        text.addClassName("row-sub");
        IntegerField minutes = new IntegerField(getTranslation("listening.minutes"));
        minutes.setValue(step.minutes());
        minutes.setStepButtonsVisible(true);
        minutes.setWidth("9rem");
        minutes.setId("prepared-minutes-" + position);
        FieldErrors errors = new FieldErrors(this).bind("minutes", minutes);
        minutes.addValueChangeListener(e -> {
            if (e.isFromClient()
                    && errors.attempt(() -> themes.changeStepMinutes(groupId, sessionId, position, e.getValue()))) {
                refresh();
            }
        });
        Button leaveOut = new Button(new Icon(VaadinIcon.TRASH), click -> {
            if (new FieldErrors(this).attempt(() -> themes.removeStep(groupId, sessionId, position))) {
                refresh();
            }
        });
        leaveOut.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        leaveOut.setAriaLabel(getTranslation("themes.leave-out"));
        leaveOut.setId("prepared-remove-" + position);
        HorizontalLayout controls = new HorizontalLayout(minutes, leaveOut);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div row = new Div(text, controls);
        row.addClassName("member-row");
        return row;
    }

    private HorizontalLayout extraStep() {
        TextField text = new TextField(getTranslation("themes.extra-step"));
        text.setMaxLength(MaterialDraft.MAX_STEP + 20);
        text.setWidthFull();
        text.setId("prepared-extra-text");
        IntegerField minutes = new IntegerField(getTranslation("listening.minutes"));
        minutes.setWidth("9rem");
        minutes.setId("prepared-extra-minutes");
        FieldErrors errors = new FieldErrors(this).bind("text", text).bind("minutes", minutes);
        Button add = new Button(getTranslation("themes.add-step"), new Icon(VaadinIcon.PLUS), click -> {
            if (errors.attempt(() -> themes.addStep(groupId, sessionId, text.getValue(), minutes.getValue()))) {
                refresh();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_LARGE);
        add.setId("prepared-add");
        HorizontalLayout row = new HorizontalLayout(text, minutes, add);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
