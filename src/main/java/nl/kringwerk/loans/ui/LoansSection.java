package nl.kringwerk.loans.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.ui.GroupPageSection;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.loans.service.ShareOutService;
import nl.kringwerk.savings.domain.SessionStatus;
import nl.kringwerk.savings.service.CycleOverview;
import nl.kringwerk.savings.service.Savings;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;

/**
 * Loans on the group page: every loan of the current cycle per member, what is open and what is
 * due next session; a request can be made between sessions. After the payouts, the cycle is
 * closed here.
 */
@SpringComponent
@Order(20)
class LoansSection implements GroupPageSection {

    private final LoanService loans;
    private final ShareOutService shareOut;
    private final Savings savings;

    LoansSection(LoanService loans, ShareOutService shareOut, Savings savings) {
        this.loans = loans;
        this.shareOut = shareOut;
        this.savings = savings;
    }

    @Override
    public Optional<Component> create(GroupPage page) {
        if (page.details().type() != GroupType.SAVINGS_CIRCLE) {
            return Optional.empty();
        }
        Optional<CycleOverview> cycle = savings.cycles().currentCycle(page.id());
        if (cycle.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Panel(page, cycle.get()));
    }

    private final class Panel extends VerticalLayout {

        /** @param memberName whose loans to show; null for everyone's */
        private void show(Div rows, List<LoanLine> lines, @Nullable String memberName) {
            rows.removeAll();
            lines.stream()
                    .filter(l -> memberName == null || l.memberName().equals(memberName))
                    .forEach(loan -> rows.add(LoanRows.row(this, loan)));
        }

        Panel(GroupPage page, CycleOverview cycle) {
            setPadding(false);
            addClassName("section");
            setId("group-loans");
            add(new H2(getTranslation("loans.title")));
            if (cycle.open() && cycle.sharingOut()) {
                boolean sessionOpen = cycle.sessions().stream().anyMatch(s -> s.status() == SessionStatus.OPEN);
                Button close = new Button(getTranslation("shareout.close-cycle"), new Icon(VaadinIcon.LOCK), click -> {
                    if (new FieldErrors(this).attempt(() -> shareOut.closeCycle(page.id()))) {
                        getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
                    }
                });
                close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
                close.setEnabled(!sessionOpen);
                close.setId("close-cycle");
                add(close);
            }
            List<LoanLine> lines = loans.loans(page.id()).stream()
                    .sorted(Comparator.comparing(LoanLine::memberName))
                    .toList();
            Div rows = new Div();
            rows.addClassName("rows");
            if (lines.isEmpty()) {
                add(new Paragraph(getTranslation("loans.none")));
            } else {
                // Per member: pick her name to see only her loans, what she owes and what is due next.
                Select<String> member = new Select<>();
                member.setLabel(getTranslation("loans.col.member"));
                member.setEmptySelectionAllowed(true);
                member.setEmptySelectionCaption(getTranslation("loans.everyone"));
                member.setItems(
                        lines.stream().map(LoanLine::memberName).distinct().toList());
                member.setId("loans-member");
                member.addValueChangeListener(e -> show(rows, lines, e.getValue()));
                add(member);
                show(rows, lines, null);
            }
            add(rows);
            if (cycle.open() && !cycle.sharingOut() && page.isActive()) {
                Map<Long, String> members = new LinkedHashMap<>();
                page.activeMembers().forEach(m -> members.put(m.id(), m.displayName()));
                Button request = new Button(
                        getTranslation("loans.request"),
                        new Icon(VaadinIcon.PLUS),
                        click -> new LoanRequestDialog(
                                        loans,
                                        page.id(),
                                        members,
                                        () -> getUI().ifPresent(ui -> ui.refreshCurrentRoute(false)))
                                .open());
                request.addThemeVariants(ButtonVariant.LUMO_LARGE);
                request.setId("group-request-loan");
                add(request);
            }
        }
    }
}
