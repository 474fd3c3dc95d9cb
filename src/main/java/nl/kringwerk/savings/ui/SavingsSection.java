package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.ui.GroupPageSection;
import nl.kringwerk.savings.service.EveningPapers;
import nl.kringwerk.savings.service.Savings;
import org.springframework.core.annotation.Order;

/** Adds the savings cycle to the page of a savings circle. */
@SpringComponent
@Order(10)
class SavingsSection implements GroupPageSection {

    private final Savings savings;
    private final Clock clock;
    private final EveningPapers papers;
    private final List<PaperPackPart> parts;

    SavingsSection(Savings savings, Clock clock, EveningPapers papers, List<PaperPackPart> parts) {
        this.savings = savings;
        this.clock = clock;
        this.papers = papers;
        this.parts = parts;
    }

    @Override
    public Optional<Component> create(GroupPage page) {
        if (page.details().type() != GroupType.SAVINGS_CIRCLE) {
            return Optional.empty();
        }
        return Optional.of(new SavingsPanel(savings, page, clock, papers, parts));
    }
}
