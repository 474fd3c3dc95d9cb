package nl.kringwerk.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.kringwerk.base.ui.Downloads;
import nl.kringwerk.export.service.GroupExport;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.ui.GroupPageSection;
import org.springframework.core.annotation.Order;

/** On the group page, for its officer and coordinator: download the group's whole record as a ZIP. */
@SpringComponent
@Order(90)
class ExportSection implements GroupPageSection {

    private final GroupExport export;
    private final Clock clock;

    ExportSection(GroupExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create(GroupPage page) {
        if (!export.mayExport(page.id())) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("section");
        section.setId("group-export");
        Paragraph hint = new Paragraph(section.getTranslation("export.hint"));
        hint.addClassName("hint");
        String fileName = "kringwerk-groep-" + page.id() + "-" + LocalDate.now(clock) + ".zip";
        section.add(
                new H2(section.getTranslation("export.title")),
                hint,
                Downloads.file(
                        section.getTranslation("export.download"),
                        fileName,
                        "application/zip",
                        () -> export.zip(page.id()),
                        "export-zip",
                        VaadinIcon.DOWNLOAD));
        return Optional.of(section);
    }
}
