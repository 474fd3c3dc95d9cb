package nl.kringwerk.material.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.material.service.MaterialLibrary;
import nl.kringwerk.material.service.MaterialPiece;
import nl.kringwerk.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * One piece of material, as a facilitator reads it before a session: goal, what to bring, the
 * steps with minutes, the questions and the note for her; the handouts to print; edit or copy.
 * All text is set as text, so markup typed by an author shows as typed.
 */
@Route("materiaal/:materialId([0-9]{1,18})")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.FACILITATOR})
public class MaterialView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String MATERIAL_ID = "materialId";

    private final MaterialLibrary library;
    private @Nullable MaterialPiece piece;

    MaterialView(MaterialLibrary library) {
        this.library = library;
        addClassName("page");
    }

    public static RouteParameters parameters(long materialId) {
        return new RouteParameters(MATERIAL_ID, String.valueOf(materialId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(MATERIAL_ID).orElseThrow(NotFoundOrNotAllowedException::new);
        show(id);
    }

    private void show(long id) {
        piece = library.piece(id);
        removeAll();
        MaterialPiece.Content text = piece.content(Translations.isEnglish(getLocale()));
        RouterLink back = new RouterLink(getTranslation("material.back"), LibraryView.class);
        back.addClassName("back-link");
        H1 title = new H1(text.title());
        title.setId("piece-title");
        Div badges = new Div(
                MaterialTexts.badge(MaterialTexts.forType(this, piece.forType()), "badge pill"),
                MaterialTexts.badge(getTranslation("material.minutes", piece.minutes()), "badge contrast pill"),
                MaterialTexts.badge(getTranslation("material.version", piece.versionNumber()), "badge contrast pill"));
        badges.addClassName("badges");
        Span owner = new Span(
                piece.owner() == null
                        ? getTranslation("material.owner.starter")
                        : piece.owner() + " · "
                                + getTranslation(piece.shared() ? "material.shared" : "material.private"));
        owner.addClassName("hint");
        Span tags = new Span(getTranslation("material.tags") + ": " + String.join(", ", piece.tags()));
        tags.addClassName("hint");
        Span usage = new Span(MaterialTexts.usage(this, piece.usage()));
        usage.setId("piece-usage");
        usage.addClassName("group-card-members");
        add(back, title, badges, owner, tags, usage, actions());
        if (Translations.isEnglish(getLocale()) && piece.english() == null) {
            add(new Span(getTranslation("material.no-english")));
        }
        Paragraph goal = new Paragraph(text.goal());
        goal.addClassName("material-goal");
        goal.setId("piece-goal");
        add(new H2(getTranslation("material.goal")), goal);
        if (text.bring() != null) {
            add(new H2(getTranslation("material.bring")), new Paragraph(text.bring()));
        }
        add(new H2(getTranslation("material.steps")), steps(text));
        add(new H2(getTranslation("material.questions")), questions(text));
        if (text.note() != null) {
            Paragraph note = new Paragraph(text.note());
            note.setId("piece-note");
            Div box = new Div(new Span(getTranslation("material.note")), note);
            box.addClassName("notice");
            add(box);
        }
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout(
                Downloads.pdf(
                        getTranslation("material.print.facilitator"),
                        "materiaal-" + piece.id() + "-begeleider.pdf",
                        () -> handouts().facilitator(piece),
                        "print-facilitator"),
                Downloads.pdf(
                        getTranslation("material.print.participants"),
                        "materiaal-" + piece.id() + "-deelnemers.pdf",
                        () -> handouts().participants(piece),
                        "print-participants"));
        actions.addClassName("wrap");
        if (piece.mayEdit()) {
            Button edit = new Button(
                    getTranslation("material.edit"),
                    new Icon(VaadinIcon.EDIT),
                    click -> MaterialEditor.edit(library, piece, id -> show(id)).open());
            edit.setId("edit-material");
            edit.addThemeVariants(ButtonVariant.LUMO_LARGE);
            actions.add(edit);
        }
        if (piece.mayCopy()) {
            Button copy = new Button(getTranslation("material.copy"), new Icon(VaadinIcon.COPY), click -> {
                long id = library.copy(piece.id());
                getUI().ifPresent(ui -> ui.navigate(MaterialView.class, parameters(id)));
            });
            copy.setId("copy-material");
            copy.addThemeVariants(ButtonVariant.LUMO_LARGE);
            actions.add(copy);
        }
        return actions;
    }

    private Handouts handouts() {
        Locale locale = getLocale();
        return new Handouts((key, args) -> getTranslation(locale, key, args), locale);
    }

    private OrderedList steps(MaterialPiece.Content text) {
        OrderedList list = new OrderedList();
        list.addClassName("material-steps");
        list.setId("piece-steps");
        for (MaterialPiece.Step step : text.steps()) {
            Span minutes = new Span(getTranslation("material.minutes", step.minutes()));
            minutes.addClassName("step-minutes");
            list.add(new ListItem(minutes, new Span(step.text())));
        }
        return list;
    }

    private UnorderedList questions(MaterialPiece.Content text) {
        UnorderedList list = new UnorderedList();
        list.setId("piece-questions");
        text.questions().forEach(q -> list.add(new ListItem(q)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return (piece == null
                        ? ""
                        : piece.content(Translations.isEnglish(getLocale())).title() + " · ")
                + getTranslation("app.name");
    }
}
