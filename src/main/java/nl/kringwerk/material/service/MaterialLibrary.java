package nl.kringwerk.material.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.material.domain.Material;
import nl.kringwerk.material.domain.MaterialDraft;
import nl.kringwerk.material.domain.MaterialFor;
import nl.kringwerk.material.domain.MaterialRepository;
import nl.kringwerk.material.domain.MaterialVersion;
import nl.kringwerk.material.domain.MaterialVersionRepository;
import nl.kringwerk.material.domain.UsageFigures;
import nl.kringwerk.security.AccessPolicy;
import nl.kringwerk.security.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of session material: reading, searching, writing a new piece, editing (a new
 * version) and copying. Facilitators, coordinators and admins read the starter library, their own
 * organisation's pieces and what other organisations share; another organisation's private piece
 * answers like one that does not exist.
 */
@Service
public class MaterialLibrary {

    private final VisibleMaterial visible;
    private final MaterialUsage usage;
    private final MaterialRepository materials;
    private final MaterialVersionRepository versions;
    private final GroupService groups;
    private final Clock clock;

    MaterialLibrary(
            VisibleMaterial visible,
            MaterialUsage usage,
            MaterialRepository materials,
            MaterialVersionRepository versions,
            GroupService groups,
            Clock clock) {
        this.visible = visible;
        this.usage = usage;
        this.materials = materials;
        this.versions = versions;
        this.groups = groups;
        this.clock = clock;
    }

    /** The pieces this reader may see that match the filter, by title. */
    @Transactional(readOnly = true)
    public List<MaterialCard> library(MaterialFilter filter, Locale locale) {
        SignedInUser user = visible.reader();
        boolean english = Translations.isEnglish(locale);
        Map<Long, UsageFigures> figures = usage.seenBy(user);
        Map<Long, String> owners = owners();
        List<String> words = LibrarySearch.words(filter.words());
        return visible.all(user).stream()
                .filter(p -> filter.forType() == null
                        || p.version().getForType() == filter.forType()
                        || p.version().getForType() == MaterialFor.BOTH)
                .filter(p -> filter.theme() == null || p.version().tags().contains(filter.theme()))
                .filter(p -> filter.maxMinutes() == null || p.version().getMinutes() <= filter.maxMinutes())
                .filter(p -> LibrarySearch.matches(p.version(), words))
                .map(p -> card(p, english, owners, figures))
                .sorted(Comparator.comparing(MaterialCard::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Every theme (tag) of the pieces this reader may see, for the filter. */
    @Transactional(readOnly = true)
    public List<String> themes() {
        return visible.all(visible.reader()).stream()
                .flatMap(p -> p.version().tags().stream())
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .toList();
    }

    @Transactional(readOnly = true)
    public MaterialPiece piece(long materialId) {
        SignedInUser user = visible.reader();
        Material material = visible.one(user, materialId);
        MaterialVersion version = visible.current(material);
        return piece(user, material, version);
    }

    /** A new piece of the author's organisation, as version 1. */
    @Transactional
    public long create(MaterialDraft draft, boolean shared, boolean durationConfirmed) {
        SignedInUser user = visible.reader();
        if (user.organisationId() == null) {
            throw InvalidInputException.of("organisation", "error.material-needs-organisation");
        }
        check(draft, durationConfirmed);
        Material material =
                materials.save(Material.of(user.organisationId(), shared, null, clock.instant(), user.getUsername()));
        versions.save(new MaterialVersion(material.getId(), 1, draft, clock.instant(), user.getUsername()));
        return material.getId();
    }

    /** Editing adds the next version; sessions prepared with an earlier one keep theirs. */
    @Transactional
    public int edit(long materialId, MaterialDraft draft, boolean shared, boolean durationConfirmed) {
        SignedInUser user = visible.reader();
        Material material = visible.one(user, materialId);
        if (!AccessPolicy.mayEditMaterial(user, material.getOrganisationId())) {
            throw InvalidInputException.of("material", "error.material-not-yours");
        }
        check(draft, durationConfirmed);
        int number = material.nextVersion(shared);
        versions.save(new MaterialVersion(materialId, number, draft, clock.instant(), user.getUsername()));
        return number;
    }

    /** A private copy for the reader's organisation of a piece it may see but not edit. */
    @Transactional
    public long copy(long materialId) {
        SignedInUser user = visible.reader();
        Material original = visible.one(user, materialId);
        if (user.organisationId() == null) {
            throw InvalidInputException.of("organisation", "error.material-needs-organisation");
        }
        MaterialVersion version = visible.current(original);
        Material copy = materials.save(
                Material.of(user.organisationId(), false, version.getId(), clock.instant(), user.getUsername()));
        versions.save(new MaterialVersion(copy.getId(), 1, version.draft(), clock.instant(), user.getUsername()));
        return copy.getId();
    }

    private static void check(MaterialDraft draft, boolean durationConfirmed) {
        InvalidInputException.throwIfAny(draft.problems());
        if (!durationConfirmed) {
            draft.durationMismatch().ifPresent(problem -> {
                throw new InvalidInputException(problem);
            });
        }
    }

    private Map<Long, String> owners() {
        return groups.organisationNames();
    }

    private static MaterialCard card(
            VisibleMaterial.Piece p, boolean english, Map<Long, String> owners, Map<Long, UsageFigures> usage) {
        MaterialVersion v = p.version();
        return new MaterialCard(
                p.material().getId(),
                v.title(english),
                v.goal(english),
                v.getForType(),
                v.tags(),
                v.getMinutes(),
                owners.get(p.material().getOrganisationId()),
                p.material().isShared(),
                usage.getOrDefault(p.material().getId(), UsageFigures.NONE));
    }

    private MaterialPiece piece(SignedInUser user, Material material, MaterialVersion v) {
        return new MaterialPiece(
                material.getId(),
                v.getNumber(),
                v.getForType(),
                v.tags(),
                v.getMinutes(),
                owners().get(material.getOrganisationId()),
                material.isShared(),
                material.isStarter(),
                AccessPolicy.mayEditMaterial(user, material.getOrganisationId()),
                AccessPolicy.mayCopyMaterial(user, material.getOrganisationId()),
                content(v, false),
                v.hasEnglish() ? content(v, true) : null,
                v.draft(),
                usage.seenBy(user).getOrDefault(material.getId(), UsageFigures.NONE));
    }

    private static MaterialPiece.Content content(MaterialVersion v, boolean english) {
        return new MaterialPiece.Content(
                v.title(english),
                v.goal(english),
                v.bring(english),
                v.note(english),
                v.steps().stream()
                        .map(s -> new MaterialPiece.Step(s.minutes(), s.text(english)))
                        .toList(),
                v.questions().stream().map(q -> q.text(english)).toList());
    }
}
