package nl.kringwerk.papersession.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.groups.service.MemberRow;
import nl.kringwerk.papersession.service.PaperEntry;
import nl.kringwerk.papersession.service.PaperForm;
import nl.kringwerk.savings.domain.AttendanceStatus;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.service.PaperSheet;
import org.jspecify.annotations.Nullable;

/**
 * The evening's paper forms as fields, in the order of the evening: the attendance list, the tasks,
 * the savings form, the repayment form and the box count. Each refusal is shown next to its row.
 */
class PaperFormPanel extends VerticalLayout {

    private final PaperForm form;
    private final FieldErrors errors = new FieldErrors(this);
    private final Map<Long, Select<AttendanceStatus>> attendance = new LinkedHashMap<>();
    private final Map<String, Select<Long>> roles = new LinkedHashMap<>();
    private final Map<Long, SavingRow> savings = new LinkedHashMap<>();
    private final Map<Long, TextField> repayments = new LinkedHashMap<>();
    private final Map<Long, Checkbox> payouts = new LinkedHashMap<>();
    private final TextField counted = new TextField();
    private final TextField reason = new TextField();

    private record SavingRow(
            TextField amount,
            Checkbox nothing,
            Select<Long> countedBy,
            @Nullable Checkbox socialFund) {}

    PaperFormPanel(PaperForm form, @Nullable PaperEntry entered, boolean editable) {
        this.form = form;
        setPadding(false);
        addClassName("paper-form");
        add(attendanceSection(entered), rolesSection(entered), savingsSection(entered));
        if (!form.loansOut().isEmpty() || !form.approved().isEmpty()) {
            add(loansSection(entered));
        }
        add(boxSection(entered));
        if (!editable) {
            readOnly(this);
        }
    }

    FieldErrors errors() {
        return errors;
    }

    private Component attendanceSection(@Nullable PaperEntry entered) {
        Div rows = section("paper-attendance", "paper-session.attendance");
        // As on the live presentielijst: everyone at once, then the few who were not there.
        Button everyone = new Button(
                getTranslation("paper-session.everyone"),
                VaadinIcon.USERS.create(),
                click -> attendance.values().stream()
                        .filter(s -> s.getValue() == null)
                        .forEach(s -> s.setValue(AttendanceStatus.PRESENT)));
        everyone.setId("paper-everyone-present");
        rows.add(everyone);
        for (MemberRow member : form.members()) {
            Select<AttendanceStatus> status = new Select<>();
            status.setItems(AttendanceStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("attendance." + s.name()));
            status.setAriaLabel(member.displayName());
            status.setId("attendance-" + member.id());
            Optional.ofNullable(entered)
                    .map(e -> e.sheet().attendance().get(member.id()))
                    .ifPresent(status::setValue);
            errors.bind(PaperSheet.attendanceField(member.id()), status);
            attendance.put(member.id(), status);
            rows.add(row(member.displayName(), status));
        }
        return rows;
    }

    private Component rolesSection(@Nullable PaperEntry entered) {
        Div section = section("paper-roles", "paper-session.roles");
        SessionRoles given = entered == null ? null : entered.sheet().roles();
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (String role : List.of("chair", "bookkeeper", "counter1", "counter2")) {
            Select<Long> select = memberSelect(getTranslation("role-at-session." + role));
            select.setId("role-" + role);
            if (given != null) {
                Long value = switch (role) {
                    case "chair" -> given.chair();
                    case "bookkeeper" -> given.bookkeeper();
                    case "counter1" -> given.counter1();
                    default -> given.counter2();
                };
                select.setValue(value);
            }
            errors.bind(role, select);
            roles.put(role, select);
            layout.add(select);
        }
        section.add(layout);
        return section;
    }

    private Component savingsSection(@Nullable PaperEntry entered) {
        Div rows = section("paper-savings", "paper-session.savings");
        Paragraph hint = new Paragraph(
                getTranslation("paper-session.savings-hint", form.maxDeposit().format()));
        hint.addClassName("hint");
        rows.add(hint);
        for (MemberRow member : form.members()) {
            PaperSheet.SavingLine line = entered == null
                    ? null
                    : entered.sheet().savings().stream()
                            .filter(l -> l.memberId() == member.id())
                            .findFirst()
                            .orElse(null);
            TextField amount = new TextField();
            amount.setAriaLabel(getTranslation("paper-session.amount-of", member.displayName()));
            amount.setPlaceholder("0,00");
            amount.setPrefixComponent(new Span("€"));
            amount.setId("amount-" + member.id());
            amount.setWidth("8rem");
            Checkbox nothing = new Checkbox(getTranslation("paper-session.nothing"));
            nothing.setId("nothing-" + member.id());
            Select<Long> countedBy = memberSelect(getTranslation("paper-session.counted-by"));
            countedBy.setId("counted-by-" + member.id());
            countedBy.setPlaceholder(getTranslation("paper-session.counter1"));
            Checkbox socialFund = form.socialFund() == null
                    ? null
                    : new Checkbox(getTranslation(
                            "paper-session.social-fund", form.socialFund().format()));
            if (line != null) {
                amount.setValue(line.amountText() == null ? "" : line.amountText());
                nothing.setValue(line.nothing());
                countedBy.setValue(line.countedBy());
                if (socialFund != null) {
                    socialFund.setValue(line.socialFund());
                }
            }
            errors.bind(PaperSheet.savingField(member.id()), amount);
            savings.put(member.id(), new SavingRow(amount, nothing, countedBy, socialFund));
            Div fields = new Div(amount, nothing);
            if (socialFund != null) {
                socialFund.setId("social-fund-" + member.id());
                fields.add(socialFund);
            }
            fields.add(countedBy);
            fields.addClassName("paper-fields");
            fields.getStyle()
                    .set("display", "flex")
                    .set("flex-wrap", "wrap")
                    .set("align-items", "baseline")
                    .set("gap", "0 var(--lumo-space-m)");
            rows.add(row(member.displayName(), fields));
        }
        return rows;
    }

    private Component loansSection(@Nullable PaperEntry entered) {
        Div rows = section("paper-loans", "paper-session.loans");
        for (PaperForm.LoanOnForm loan : form.loansOut()) {
            TextField paid = new TextField();
            paid.setAriaLabel(getTranslation("paper-session.repaid-by", loan.memberName()));
            paid.setHelperText(
                    getTranslation("paper-session.owes", loan.amount().format()));
            paid.setPrefixComponent(new Span("€"));
            paid.setId("repayment-" + loan.loanId());
            paid.setWidth("8rem");
            if (entered != null) {
                entered.repayments().stream()
                        .filter(r -> r.loanId() == loan.loanId() && r.amountText() != null)
                        .findFirst()
                        .ifPresent(r -> paid.setValue(r.amountText()));
            }
            errors.bind("repayment-" + loan.loanId(), paid);
            repayments.put(loan.loanId(), paid);
            rows.add(row(getTranslation("paper-session.repayment-of", loan.memberName()), paid));
        }
        for (PaperForm.LoanOnForm loan : form.approved()) {
            Checkbox out = new Checkbox(
                    getTranslation("paper-session.paid-out", loan.amount().format()));
            out.setId("payout-" + loan.loanId());
            out.setValue(entered != null && entered.paidOut().contains(loan.loanId()));
            errors.bind("payout-" + loan.loanId(), out);
            payouts.put(loan.loanId(), out);
            rows.add(row(getTranslation("paper-session.loan-of", loan.memberName()), out));
        }
        return rows;
    }

    private Component boxSection(@Nullable PaperEntry entered) {
        Div section = section("paper-box", "paper-session.box");
        counted.setLabel(getTranslation("paper-session.counted"));
        counted.setPrefixComponent(new Span("€"));
        counted.setId("counted");
        reason.setLabel(getTranslation("paper-session.reason"));
        reason.setHelperText(getTranslation("paper-session.reason-hint"));
        reason.setId("reason");
        if (entered != null) {
            counted.setValue(orEmpty(entered.sheet().countedText()));
            reason.setValue(orEmpty(entered.sheet().differenceReason()));
        }
        errors.bind("counted", counted).bind("reason", reason);
        FormLayout layout = new FormLayout(counted, reason);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        section.add(layout);
        return section;
    }

    /** What the fields say now, as the service takes it. */
    PaperEntry entry() {
        Map<Long, AttendanceStatus> present = new LinkedHashMap<>();
        attendance.forEach((member, select) -> {
            if (select.getValue() != null) {
                present.put(member, select.getValue());
            }
        });
        List<PaperSheet.SavingLine> lines = new ArrayList<>();
        savings.forEach((member, row) -> lines.add(new PaperSheet.SavingLine(
                member,
                row.amount().getValue(),
                row.nothing().getValue(),
                row.countedBy().getValue(),
                row.socialFund() != null && row.socialFund().getValue())));
        SessionRoles given = new SessionRoles(
                roles.get("chair").getValue(),
                roles.get("bookkeeper").getValue(),
                roles.get("counter1").getValue(),
                roles.get("counter2").getValue());
        List<PaperEntry.Repayment> repaid = new ArrayList<>();
        repayments.forEach((loan, field) -> repaid.add(new PaperEntry.Repayment(loan, field.getValue())));
        List<Long> out = payouts.entrySet().stream()
                .filter(e -> e.getValue().getValue())
                .map(Map.Entry::getKey)
                .toList();
        return new PaperEntry(
                new PaperSheet(present, given, lines, counted.getValue(), reason.getValue()), repaid, out);
    }

    private Select<Long> memberSelect(String label) {
        Select<Long> select = new Select<>();
        select.setLabel(label);
        select.setItems(form.members().stream().map(MemberRow::id).toList());
        select.setItemLabelGenerator(id -> form.members().stream()
                .filter(m -> id != null && m.id() == id)
                .map(MemberRow::displayName)
                .findFirst()
                .orElse(""));
        select.setEmptySelectionAllowed(true);
        return select;
    }

    private Div section(String id, String titleKey) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.addClassNames("section", "paper-section");
        section.setWidthFull();
        section.setId(id);
        return section;
    }

    private static Div row(String name, Component field) {
        // Inline styles: the theme is bundled, and a new stylesheet would need a frontend build.
        Span title = new Span(name);
        title.addClassName("row-title");
        title.getStyle().set("flex", "0 0 8rem").set("font-weight", "600");
        Div row = new Div(title, field);
        row.addClassName("paper-row");
        row.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("align-items", "baseline")
                .set("gap", "0 var(--lumo-space-m)")
                .set("padding", "var(--lumo-space-xs) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return row;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static void readOnly(Component component) {
        if (component instanceof HasValue<?, ?> field) {
            field.setReadOnly(true);
        } else if (component instanceof Button button) {
            button.setVisible(false);
        }
        component.getChildren().forEach(PaperFormPanel::readOnly);
    }
}
