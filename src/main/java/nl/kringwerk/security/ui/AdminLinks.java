package nl.kringwerk.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/**
 * The links between the Beheer pages, at the top of each: accounts, organisations (admin only; the
 * page lives in the groups feature, so it is linked by its address) and the audit log.
 */
public final class AdminLinks {

    public static final String ACCOUNTS = "beheer";
    public static final String ORGANISATIONS = "beheer/organisaties";
    public static final String AUDIT = "beheer/logboek";

    private AdminLinks() {}

    public static Nav of(Component owner, boolean admin) {
        Nav nav = new Nav();
        nav.addClassName("admin-links");
        nav.add(link(owner, "admin.link.accounts", ACCOUNTS, "admin-link-accounts"));
        if (admin) {
            nav.add(link(owner, "admin.link.organisations", ORGANISATIONS, "admin-link-organisations"));
        }
        nav.add(link(owner, "admin.link.audit", AUDIT, "admin-link-audit"));
        return nav;
    }

    private static Anchor link(Component owner, String key, String href, String id) {
        Anchor anchor = new Anchor(href, owner.getTranslation(key));
        anchor.setId(id);
        return anchor;
    }
}
