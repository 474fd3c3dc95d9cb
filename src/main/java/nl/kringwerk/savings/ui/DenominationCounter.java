package nl.kringwerk.savings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.savings.domain.CashCount;

/** Count by notes and coins: tap + and − per denomination; the total follows. */
class DenominationCounter extends Div {

    private final CashCount count = new CashCount();

    /**
     * The counter folded away under {@code summary}, made only when it is first opened: most counts
     * never use it, and its thirty buttons would otherwise be part of every open meeting screen and
     * every keypad (memory and CPU, issue 22).
     */
    static Details folded(String summary, String idPrefix, Consumer<Money> onTotal) {
        Details details = new Details(summary);
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(new DenominationCounter(idPrefix, onTotal));
            }
        });
        return details;
    }

    /** @param idPrefix unique on the page: the keypad's counter and the box count's can be there at once */
    DenominationCounter(String idPrefix, Consumer<Money> onTotal) {
        addClassName("denominations");
        for (Money denomination : CashCount.DENOMINATIONS) {
            Span value = new Span(denomination.format().replace(",00", ""));
            value.addClassName("denomination");
            Span pieces = new Span("0");
            pieces.addClassName("pieces");
            Button minus = new Button("−", click -> {
                count.set(denomination, Math.max(0, count.count(denomination) - 1));
                pieces.setText(String.valueOf(count.count(denomination)));
                onTotal.accept(count.total());
            });
            Button plus = new Button("+", click -> {
                count.set(denomination, count.count(denomination) + 1);
                pieces.setText(String.valueOf(count.count(denomination)));
                onTotal.accept(count.total());
            });
            plus.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            String id = idPrefix + "-denomination-" + denomination.cents();
            plus.setId(id + "-plus");
            minus.setId(id + "-minus");
            Div row = new Div(value, minus, pieces, plus);
            row.addClassName("denomination-row");
            add(row);
        }
    }
}
