package nl.kringwerk.passbook.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.kringwerk.passbook.domain.Pictogram;

/** The picture of each goal pictogram (Vaadin's own icons: no files, no fonts). */
final class Pictograms {

    private Pictograms() {}

    static Icon icon(Pictogram pictogram) {
        Icon icon = new Icon(
                switch (pictogram) {
                    case TRIP -> VaadinIcon.AIRPLANE;
                    case HOME -> VaadinIcon.HOME;
                    case CHILDREN -> VaadinIcon.CHILD;
                    case SCHOOL -> VaadinIcon.ACADEMY_CAP;
                    case HEALTH -> VaadinIcon.DOCTOR;
                    case CLOTHES -> VaadinIcon.SHOP;
                    case CELEBRATION -> VaadinIcon.GIFT;
                    case TREAT -> VaadinIcon.SUN_O;
                    case RAINY_DAY -> VaadinIcon.UMBRELLA;
                    case OTHER -> VaadinIcon.STAR;
                });
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
