package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.function.LongConsumer;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.Percent;
import nl.kringwerk.base.ui.Dates;
import nl.kringwerk.base.ui.DialogButtons;
import nl.kringwerk.base.ui.FieldErrors;
import nl.kringwerk.groups.domain.Frequency;
import nl.kringwerk.groups.service.GroupPage;
import nl.kringwerk.groups.ui.GroupLabels;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.domain.InterestShare;
import nl.kringwerk.savings.service.Savings;

/** The group agrees its rules for the cycle; the sessions are planned from the frequency. */
class StartCycleDialog extends Dialog {

    private final DatePicker startsOn;
    private final DatePicker plannedEndOn;
    private final RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>();
    private final Checkbox hasSocialFund = new Checkbox();
    private final TextField socialFund = new TextField();
    private final TextField maxDeposit = new TextField();
    private final TextField defaultInterest = new TextField();
    private final Checkbox multipleLoans = new Checkbox();
    private final Checkbox fixedRoles = new Checkbox();
    private final RadioButtonGroup<InterestShare> interestShare = new RadioButtonGroup<>();
    private final IntegerField loanCap = new IntegerField();
    private final IntegerField loanWeeks = new IntegerField();
    private final FieldErrors errors = new FieldErrors(this);

    private final CheckboxGroup<Long> members = new CheckboxGroup<>();

    /** The group's first cycle, with the usual rules. */
    static StartCycleDialog first(Savings savings, GroupPage page, Clock clock, LongConsumer onStarted) {
        return new StartCycleDialog(
                savings,
                page,
                CycleRules.defaults(LocalDate.now(clock), page.details().frequency()),
                false,
                onStarted);
    }

    /** The group continues: the same rules and the same members, all changeable. */
    static StartCycleDialog next(
            Savings savings, GroupPage page, CycleRules previous, Clock clock, LongConsumer onStarted) {
        return new StartCycleDialog(savings, page, previous.startingOn(LocalDate.now(clock)), true, onStarted);
    }

    private StartCycleDialog(
            Savings savings, GroupPage page, CycleRules defaults, boolean next, LongConsumer onStarted) {
        setHeaderTitle(getTranslation(next ? "cycle.next.title" : "cycle.form.title"));
        startsOn = Dates.picker(getTranslation("cycle.field.starts-on"), getLocale());
        startsOn.setValue(defaults.startsOn());
        startsOn.setId("cycle-starts-on");
        plannedEndOn = Dates.picker(getTranslation("cycle.field.planned-end-on"), getLocale());
        plannedEndOn.setValue(defaults.plannedEndOn());
        plannedEndOn.setId("cycle-planned-end-on");
        frequency.setLabel(getTranslation("group.field.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> GroupLabels.frequency(this, f));
        frequency.setValue(defaults.frequency());
        hasSocialFund.setLabel(getTranslation("cycle.field.has-social-fund"));
        hasSocialFund.setId("cycle-has-social-fund");
        socialFund.setLabel(getTranslation("cycle.field.social-fund"));
        socialFund.setPrefixComponent(new Span("€"));
        socialFund.setValue(
                defaults.socialFundPerSession() == null
                        ? "2"
                        : defaults.socialFundPerSession().toInputText());
        hasSocialFund.setValue(defaults.socialFundPerSession() != null);
        socialFund.setVisible(hasSocialFund.getValue());
        socialFund.setId("cycle-social-fund");
        hasSocialFund.addValueChangeListener(e -> socialFund.setVisible(e.getValue()));
        maxDeposit.setLabel(getTranslation("cycle.field.max-deposit"));
        maxDeposit.setPrefixComponent(new Span("€"));
        maxDeposit.setValue(defaults.maxDeposit().toInputText());
        maxDeposit.setId("cycle-max-deposit");
        defaultInterest.setLabel(getTranslation("cycle.field.default-interest"));
        defaultInterest.setSuffixComponent(new Span("%"));
        defaultInterest.setHelperText(getTranslation("cycle.field.default-interest.help"));
        defaultInterest.setValue(Percent.format(defaults.defaultInterestBp()));
        defaultInterest.setId("cycle-default-interest");
        multipleLoans.setLabel(getTranslation("cycle.field.multiple-loans"));
        multipleLoans.setValue(defaults.multipleLoans());
        fixedRoles.setLabel(getTranslation("cycle.field.fixed-roles"));
        fixedRoles.setValue(defaults.fixedRoles());
        fixedRoles.setId("cycle-fixed-roles");
        interestShare.setLabel(getTranslation("cycle.field.interest-share"));
        interestShare.setItems(InterestShare.values());
        interestShare.setItemLabelGenerator(v -> getTranslation("interest-share." + v.name()));
        interestShare.setValue(defaults.interestShare());
        loanCap.setLabel(getTranslation("cycle.field.loan-cap"));
        loanCap.setValue(defaults.loanCapMultiple());
        loanCap.setStepButtonsVisible(true);
        loanWeeks.setLabel(getTranslation("cycle.field.loan-weeks"));
        loanWeeks.setValue(defaults.maxLoanWeeks());
        loanWeeks.setStepButtonsVisible(true);
        errors.bind("startsOn", startsOn)
                .bind("plannedEndOn", plannedEndOn)
                .bind("frequency", frequency)
                .bind("socialFundPerSession", socialFund)
                .bind("maxDeposit", maxDeposit)
                .bind("loanCapMultiple", loanCap)
                .bind("maxLoanWeeks", loanWeeks)
                .bind("defaultInterest", defaultInterest)
                .bind("interestShare", interestShare);

        FormLayout form = new FormLayout(
                startsOn,
                plannedEndOn,
                frequency,
                maxDeposit,
                hasSocialFund,
                socialFund,
                loanCap,
                loanWeeks,
                defaultInterest,
                multipleLoans,
                interestShare,
                fixedRoles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        if (next) {
            members.setLabel(getTranslation("cycle.next.members"));
            members.setItems(page.activeMembers().stream().map(m -> m.id()).toList());
            members.setItemLabelGenerator(id -> page.activeMembers().stream()
                    .filter(m -> m.id() == id)
                    .map(m -> m.displayName())
                    .findFirst()
                    .orElse("?"));
            members.setValue(new HashSet<>(members.getListDataView().getItems().toList()));
            members.setId("cycle-members");
            add(members);
        }

        Button save = new Button(getTranslation("cycle.form.start"), click -> {
            long[] id = {0};
            List<Long> leaving = page.activeMembers().stream()
                    .map(m -> m.id())
                    .filter(m -> !members.getValue().contains(m))
                    .toList();
            if (errors.attempt(() -> id[0] = next
                    ? savings.cycles().startNextCycle(page.id(), rules(), leaving)
                    : savings.cycles().startCycle(page.id(), rules()))) {
                close();
                onStarted.accept(id[0]);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("save-cycle");
        DialogButtons.cancelAnd(this, save);
        setWidth("min(46rem, 96vw)");
    }

    private CycleRules rules() {
        Money fund = hasSocialFund.getValue() ? Amounts.parse("socialFundPerSession", socialFund.getValue()) : null;
        return new CycleRules(
                startsOn.getValue(),
                plannedEndOn.getValue(),
                frequency.getValue(),
                fund,
                Amounts.parse("maxDeposit", maxDeposit.getValue()),
                Percent.parseBasisPoints("defaultInterest", defaultInterest.getValue()),
                loanCap.getValue() == null ? -1 : loanCap.getValue(),
                loanWeeks.getValue() == null ? -1 : loanWeeks.getValue(),
                multipleLoans.getValue(),
                interestShare.getValue(),
                fixedRoles.getValue());
    }
}
