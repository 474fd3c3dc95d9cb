package nl.kringwerk.groups.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.Names;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.domain.GroupRepository;
import nl.kringwerk.groups.domain.Organisation;
import nl.kringwerk.groups.domain.OrganisationRepository;
import nl.kringwerk.security.AuditAction;
import nl.kringwerk.security.AuditLog;
import nl.kringwerk.security.GroupAccess;
import nl.kringwerk.security.OpenScreens;
import nl.kringwerk.security.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations, for the operator (admin) only: create, rename, deactivate and activate again. An
 * organisation is never deleted; a deactivated one keeps its groups (the admin still reads them) and
 * its accounts cannot log in.
 */
@Service
public class OrganisationService {

    static final int NAME_MAX = 120;

    private final OrganisationRepository organisations;
    private final GroupRepository groups;
    private final GroupAccess access;
    private final AuditLog audit;
    private final OpenScreens openScreens;
    private final Clock clock;

    OrganisationService(
            OrganisationRepository organisations,
            GroupRepository groups,
            GroupAccess access,
            AuditLog audit,
            OpenScreens openScreens,
            Clock clock) {
        this.organisations = organisations;
        this.groups = groups;
        this.access = access;
        this.audit = audit;
        this.openScreens = openScreens;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OrganisationRow> organisations() {
        access.requireManageOrganisations();
        return organisations.findAllByOrderByName().stream()
                .map(o -> new OrganisationRow(
                        o.getId(),
                        o.getName(),
                        o.isActive(),
                        groups.findByOrganisationIdOrderByName(o.getId()).size()))
                .toList();
    }

    @Transactional
    public long createOrganisation(String name) {
        SignedInUser user = access.requireManageOrganisations();
        String checked = checkedName(name, null);
        Organisation organisation = organisations.saveAndFlush(new Organisation(checked, clock.instant()));
        audit.record(user, AuditAction.ORGANISATION_CREATED, null, null, organisation.getId(), checked);
        return organisation.getId();
    }

    @Transactional
    public void renameOrganisation(long organisationId, String name) {
        SignedInUser user = access.requireManageOrganisations();
        Organisation organisation = find(organisationId);
        String before = organisation.getName();
        String checked = checkedName(name, organisationId);
        if (!checked.equals(before)) {
            organisation.rename(checked);
            audit.record(user, AuditAction.ORGANISATION_RENAMED, null, null, organisationId, before + " -> " + checked);
        }
    }

    @Transactional
    public void deactivateOrganisation(long organisationId) {
        SignedInUser user = access.requireManageOrganisations();
        Organisation organisation = find(organisationId);
        if (organisation.isActive()) {
            organisation.deactivate();
            audit.record(
                    user, AuditAction.ORGANISATION_DEACTIVATED, null, null, organisationId, organisation.getName());
            openScreens.recheckOrganisation(organisationId);
        }
    }

    @Transactional
    public void activateOrganisation(long organisationId) {
        SignedInUser user = access.requireManageOrganisations();
        Organisation organisation = find(organisationId);
        if (!organisation.isActive()) {
            organisation.activate();
            audit.record(user, AuditAction.ORGANISATION_ACTIVATED, null, null, organisationId, organisation.getName());
        }
    }

    private Organisation find(long organisationId) {
        return organisations.findById(organisationId).orElseThrow(NotFoundOrNotAllowedException::new);
    }

    /**
     * The name as it is stored (see {@link Names}); refused when another organisation has the same
     * name by the database's rule, which its unique index follows too.
     */
    private String checkedName(@Nullable String typed, @Nullable Long organisationId) {
        List<InvalidInput> problems = new ArrayList<>();
        Names.check(problems, "name", typed, NAME_MAX);
        InvalidInputException.throwIfAny(problems);
        String name = Names.normalise(typed);
        for (Organisation same : organisations.findByName(name)) {
            if (!same.getId().equals(organisationId)) {
                throw InvalidInputException.of("name", "error.organisation-name-taken", same.getName());
            }
        }
        return name;
    }
}
