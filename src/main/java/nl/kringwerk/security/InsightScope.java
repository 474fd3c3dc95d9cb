package nl.kringwerk.security;

import java.util.Set;

/**
 * Whose groups a user's insights cover: the whole country (admin), the groups of organisations
 * (a coordinator's own; a fund's), and/or the groups in municipalities (a gemeente).
 */
public record InsightScope(boolean country, Set<String> municipalities, Set<Long> organisations) {

    public InsightScope {
        municipalities = Set.copyOf(municipalities);
        organisations = Set.copyOf(organisations);
    }

    public boolean isEmpty() {
        return !country && municipalities.isEmpty() && organisations.isEmpty();
    }
}
