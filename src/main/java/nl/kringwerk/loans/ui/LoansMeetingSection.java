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
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.loans.service.ShareOutService;
import nl.kringwerk.savings.service.AttendanceLine;
import nl.kringwerk.savings.ui.CountingDialog;
import nl.kringwerk.savings.ui.MeetingContext;
import nl.kringwerk.savings.ui.MeetingSection;

/**
 * Loans in meeting mode: requests the chair puts to the group, approved loans paid out with the
 * counting ritual, repayments counted the same way; and the way to the share-out.
 */
@SpringComponent
class LoansMeetingSection implements MeetingSection {

    private final LoanService loans;
    private final ShareOutService shareOut;

    LoansMeetingSection(LoanService loans, ShareOutService shareOut) {
        this.loans = loans;
        this.shareOut = shareOut;
    }

    @Override
    public Optional<Component> create(MeetingContext meeting) {
        if (meeting.state().sharingOut()) {
            return Optional.of(new ShareOutPanel(shareOut, meeting));
        }
        return Optional.of(new Panel(meeting));
    }

    private final class Panel extends VerticalLayout {

        Panel(MeetingContext meeting) {
            setPadding(false);
            addClassName("section");
            setId("loans");
            add(new H2(getTranslation("loans.title")));
            Button toShareOut = new Button(
                    getTranslation("shareout.open"),
                    new Icon(VaadinIcon.GIFT),
                    click -> new ShareOutFixDialog(shareOut, meeting.sessionId(), meeting.changed()).open());
            toShareOut.addThemeVariants(ButtonVariant.LUMO_LARGE);
            toShareOut.setId("to-share-out");
            Map<Long, String> present = new LinkedHashMap<>();
            meeting.state().present().forEach(a -> present.put(a.memberId(), a.name()));
            Map<Long, String> everyone = new LinkedHashMap<>();
            meeting.state().attendance().forEach((AttendanceLine a) -> everyone.put(a.memberId(), a.name()));
            Button request = new Button(
                    getTranslation("loans.request"),
                    new Icon(VaadinIcon.PLUS),
                    click -> new LoanRequestDialog(loans, meeting.state().groupId(), everyone, meeting.changed())
                            .open());
            request.addThemeVariants(ButtonVariant.LUMO_LARGE);
            request.setId("request-loan");

            Div rows = new Div();
            rows.addClassName("rows");
            for (LoanLine loan : loans.loans(meeting.state().groupId())) {
                if (loan.status() == LoanStatus.DECLINED || loan.status() == LoanStatus.SETTLED) {
                    continue;
                }
                Div row = LoanRows.row(this, loan);
                action(meeting, loan, present.containsKey(loan.memberId())).ifPresent(row::add);
                rows.add(row);
            }
            if (rows.getComponentCount() == 0) {
                rows.add(new Paragraph(getTranslation("loans.none")));
            }
            Div actions = new Div(request, toShareOut);
            actions.addClassName("choice-buttons");
            add(rows, actions);
        }

        private Optional<Button> action(MeetingContext meeting, LoanLine loan, boolean present) {
            Button button;
            switch (loan.status()) {
                case REQUESTED ->
                    button = new Button(
                            getTranslation("loan.decide"),
                            new Icon(VaadinIcon.HANDS_UP),
                            click -> new LoanDecisionDialog(
                                            loans,
                                            meeting.sessionId(),
                                            loan,
                                            loans.room(meeting.state().groupId(), loan.memberId())
                                                    .defaultInterestBp(),
                                            meeting.changed())
                                    .open());
                case APPROVED ->
                    button = new Button(
                            getTranslation("loan.disburse"),
                            new Icon(VaadinIcon.MONEY_WITHDRAW),
                            click -> new CountingDialog(
                                            meeting,
                                            loan.memberId(),
                                            loan.memberName(),
                                            "show.loan-out",
                                            loan.principal(),
                                            (amount, countedBy) ->
                                                    loans.checkDisbursement(meeting.sessionId(), loan.loanId()),
                                            (amount, countedBy, key) ->
                                                    loans.disburse(meeting.sessionId(), loan.loanId(), key))
                                    .open());
                case DISBURSED, IN_ARREARS ->
                    button = new Button(
                            getTranslation("loan.repay"),
                            new Icon(VaadinIcon.MONEY_DEPOSIT),
                            click -> new CountingDialog(
                                            meeting,
                                            loan.memberId(),
                                            loan.memberName(),
                                            "show.repayment",
                                            null,
                                            (amount, countedBy) ->
                                                    loans.checkRepayment(meeting.sessionId(), loan.loanId(), amount),
                                            (amount, countedBy, key) ->
                                                    loans.repay(meeting.sessionId(), loan.loanId(), amount, key))
                                    .open());
                default -> {
                    return Optional.empty();
                }
            }
            button.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY);
            button.setId("loan-action-" + loan.loanId());
            button.setEnabled(present || loan.status() != LoanStatus.APPROVED);
            return Optional.of(button);
        }
    }
}
