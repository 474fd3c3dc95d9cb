package nl.kringwerk.material.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kringwerk.material.domain.MaterialFor;
import nl.kringwerk.material.service.MaterialCard;
import nl.kringwerk.material.service.MaterialFilter;
import nl.kringwerk.material.service.MaterialLibrary;
import nl.kringwerk.security.Role;

/**
 * The library of session material: search by word, narrow by kind of group, theme and length,
 * open a piece to read, print or prepare from it; write a new piece.
 */
@Route("materiaal")
@Menu(order = 5, icon = "vaadin:book", title = "nav.material")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.FACILITATOR})
public class LibraryView extends VerticalLayout implements HasDynamicTitle {

    static final List<Integer> LENGTHS = List.of(30, 45, 60, 90);

    private final MaterialLibrary library;
    private final TextField words = new TextField();
    private final Select<MaterialFor> forType = new Select<>();
    private final ComboBox<String> theme = new ComboBox<>();
    private final Select<Integer> length = new Select<>();
    private final Div cards = new Div();
    private final Span count = new Span();

    LibraryView(MaterialLibrary library) {
        this.library = library;
        addClassName("page");
        H1 title = new H1(getTranslation("material.title"));
        title.setId("material-title");
        Button create = new Button(
                getTranslation("material.new"),
                new Icon(VaadinIcon.PLUS),
                click -> MaterialEditor.create(
                                library,
                                id -> getUI().ifPresent(
                                                ui -> ui.navigate(MaterialView.class, MaterialView.parameters(id))))
                        .open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        create.setId("new-material");
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("wrap");

        words.setLabel(getTranslation("material.search"));
        words.setPlaceholder(getTranslation("material.search.placeholder"));
        words.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        words.setClearButtonVisible(true);
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.setId("material-search");
        forType.setLabel(getTranslation("material.filter.type"));
        forType.setItems(MaterialFor.SAVINGS_CIRCLE, MaterialFor.LISTENING_GROUP);
        forType.setEmptySelectionAllowed(true);
        forType.setEmptySelectionCaption(getTranslation("material.filter.all"));
        forType.setItemLabelGenerator(
                t -> t == null ? getTranslation("material.filter.all") : MaterialTexts.forType(this, t));
        forType.setId("material-type");
        theme.setLabel(getTranslation("material.filter.theme"));
        theme.setItems(library.themes());
        theme.setClearButtonVisible(true);
        theme.setPlaceholder(getTranslation("material.filter.all"));
        theme.setId("material-theme");
        length.setLabel(getTranslation("material.filter.length"));
        length.setItems(LENGTHS);
        length.setEmptySelectionAllowed(true);
        length.setEmptySelectionCaption(getTranslation("material.filter.all"));
        length.setItemLabelGenerator(
                m -> m == null ? getTranslation("material.filter.all") : getTranslation("material.filter.at-most", m));
        length.setId("material-length");
        HorizontalLayout filters = new HorizontalLayout(words, forType, theme, length);
        filters.addClassName("wrap");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        words.addValueChangeListener(e -> refresh());
        forType.addValueChangeListener(e -> refresh());
        theme.addValueChangeListener(e -> refresh());
        length.addValueChangeListener(e -> refresh());

        cards.addClassName("card-grid");
        cards.setId("material-cards");
        count.addClassName("hint");
        count.setId("material-count");
        add(header, new Paragraph(getTranslation("material.intro")), filters, count, cards);
        refresh();
    }

    private void refresh() {
        List<MaterialCard> found = library.library(
                new MaterialFilter(words.getValue(), forType.getValue(), theme.getValue(), length.getValue()),
                getLocale());
        cards.removeAll();
        found.forEach(card -> cards.add(card(card)));
        count.setText(getTranslation("material.count", found.size()));
    }

    private RouterLink card(MaterialCard piece) {
        RouterLink link = new RouterLink(MaterialView.class, MaterialView.parameters(piece.id()));
        link.addClassName("group-card");
        link.addClassName("material-card");
        link.setId("material-" + piece.id());
        Span name = new Span(piece.title());
        name.addClassName("group-card-name");
        Div badges = new Div(
                MaterialTexts.badge(MaterialTexts.forType(this, piece.forType()), "badge pill"),
                MaterialTexts.badge(getTranslation("material.minutes", piece.minutes()), "badge contrast pill"));
        badges.addClassName("badges");
        Span goal = new Span(piece.goal());
        goal.addClassName("material-goal");
        Span tags = new Span(String.join(" · ", piece.tags()));
        tags.addClassName("hint");
        Span owner = new Span(
                piece.owner() == null
                        ? getTranslation("material.owner.starter")
                        : piece.owner() + (piece.shared() ? "" : " · " + getTranslation("material.private")));
        owner.addClassName("hint");
        Span usage = new Span(new Icon(VaadinIcon.CHECK_CIRCLE_O), new Span(MaterialTexts.usage(this, piece.usage())));
        usage.addClassName("group-card-members");
        link.add(badges, name, goal, tags, owner, usage);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("material.title") + " · " + getTranslation("app.name");
    }
}
