package nl.kringwerk.material.service;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.domain.Organisation;
import nl.kringwerk.groups.domain.OrganisationRepository;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.material.domain.Material;
import nl.kringwerk.material.domain.MaterialDraft;
import nl.kringwerk.material.domain.MaterialFor;
import nl.kringwerk.material.domain.MaterialRepository;
import nl.kringwerk.material.domain.MaterialUse;
import nl.kringwerk.material.domain.MaterialUseRepository;
import nl.kringwerk.material.domain.MaterialVersion;
import nl.kringwerk.material.domain.MaterialVersionRepository;
import nl.kringwerk.material.domain.SessionKind;
import nl.kringwerk.material.domain.UsageFigures;
import nl.kringwerk.material.domain.UseReflection;
import nl.kringwerk.material.domain.UsedStep;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.security.Role;
import nl.kringwerk.security.SignedInUser;
import nl.kringwerk.sessions.service.CalendarEntry;
import nl.kringwerk.sessions.service.CalendarService;
import nl.kringwerk.sessions.service.ListeningService;
import nl.kringwerk.sessions.service.ThemeStep;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of session material and its use in sessions. Facilitators, coordinators and admins
 * read the starter library, their own organisation's pieces and what other organisations share;
 * another organisation's private piece answers like one that does not exist. Preparing and
 * reflecting open the group first, so only who may work with the group may do it.
 */
@Service
public class MaterialService {

    private final MaterialRepository materials;
    private final MaterialVersionRepository versions;
    private final MaterialUseRepository uses;
    private final OrganisationRepository organisations;
    private final GroupService groups;
    private final CalendarService calendar;
    private final ListeningService listening;
    private final CurrentUser currentUser;
    private final Clock clock;

    MaterialService(
            MaterialRepository materials,
            MaterialVersionRepository versions,
            MaterialUseRepository uses,
            OrganisationRepository organisations,
            GroupService groups,
            CalendarService calendar,
            ListeningService listening,
            CurrentUser currentUser,
            Clock clock) {
        this.materials = materials;
        this.versions = versions;
        this.uses = uses;
        this.organisations = organisations;
        this.groups = groups;
        this.calendar = calendar;
        this.listening = listening;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- the library ----------------------------------------------------------------------------

    /** The pieces this reader may see that match the filter, by title. */
    @Transactional(readOnly = true)
    public List<MaterialCard> library(MaterialFilter filter, Locale locale) {
        SignedInUser user = reader();
        boolean english = Translations.isEnglish(locale);
        Map<Long, UsageFigures> usage = usage(user);
        Map<Long, String> owners = owners();
        List<String> words = words(filter.words());
        return visible(user).stream()
                .filter(p -> filter.forType() == null
                        || p.version().getForType() == filter.forType()
                        || p.version().getForType() == MaterialFor.BOTH)
                .filter(p -> filter.theme() == null || p.version().tags().contains(filter.theme()))
                .filter(p -> filter.maxMinutes() == null || p.version().getMinutes() <= filter.maxMinutes())
                .filter(p -> matches(p.version(), words))
                .map(p -> card(p, english, owners, usage))
                .sorted(Comparator.comparing(MaterialCard::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Every theme (tag) of the pieces this reader may see, for the filter. */
    @Transactional(readOnly = true)
    public List<String> themes() {
        return visible(reader()).stream()
                .flatMap(p -> p.version().tags().stream())
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .toList();
    }

    @Transactional(readOnly = true)
    public MaterialPiece piece(long materialId) {
        SignedInUser user = reader();
        Material material = visibleMaterial(user, materialId);
        MaterialVersion version = current(material);
        return piece(user, material, version);
    }

    /** A new piece of the author's organisation, as version 1. */
    @Transactional
    public long create(MaterialDraft draft, boolean shared, boolean durationConfirmed) {
        SignedInUser user = reader();
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
        SignedInUser user = reader();
        Material material = visibleMaterial(user, materialId);
        if (!mayEdit(user, material)) {
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
        SignedInUser user = reader();
        Material original = visibleMaterial(user, materialId);
        if (user.organisationId() == null) {
            throw InvalidInputException.of("organisation", "error.material-needs-organisation");
        }
        MaterialVersion version = current(original);
        Material copy = materials.save(
                Material.of(user.organisationId(), false, version.getId(), clock.instant(), user.getUsername()));
        versions.save(new MaterialVersion(copy.getId(), 1, version.draft(), clock.instant(), user.getUsername()));
        return copy.getId();
    }

    // --- a group's sessions ---------------------------------------------------------------------

    /** The coming sessions (up to eight) with what is prepared, and the last held ones to reflect on. */
    @Transactional(readOnly = true)
    public ThemePlan themePlan(long groupId, Locale locale) {
        GroupFacts group = groups.groupFacts(groupId);
        reader();
        boolean english = Translations.isEnglish(locale);
        Map<Long, MaterialUse> prepared = uses.findByGroupIdOrderBySessionDateDesc(groupId).stream()
                .filter(u -> u.getSessionKind() == SessionKind.of(group.type()))
                .collect(Collectors.toMap(MaterialUse::getSessionId, Function.identity()));
        Map<Long, MaterialVersion> used =
                versions
                        .findAllById(prepared.values().stream()
                                .map(MaterialUse::getVersionId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(MaterialVersion::getId, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<CalendarEntry> entries = calendar.entries(groupId);
        Function<CalendarEntry, ThemePlan.Line> line = e -> {
            MaterialUse use = prepared.get(e.sessionId());
            MaterialVersion v = use == null ? null : used.get(use.getVersionId());
            return new ThemePlan.Line(
                    e.sessionId(),
                    e.date(),
                    e.state(),
                    use == null ? null : use.getMaterialId(),
                    v == null ? null : v.title(english),
                    use == null ? 0 : use.minutes(),
                    use == null ? null : use.getReflection());
        };
        List<ThemePlan.Line> coming = entries.stream()
                .filter(e ->
                        e.state() == CalendarEntry.State.PLANNED && !e.date().isBefore(today)
                                || e.state() == CalendarEntry.State.UNDER_WAY)
                .sorted(Comparator.comparing(CalendarEntry::date))
                .limit(8)
                .map(line)
                .toList();
        List<ThemePlan.Line> past = entries.stream()
                .filter(e -> e.state() == CalendarEntry.State.HELD && prepared.containsKey(e.sessionId()))
                .sorted(Comparator.comparing(CalendarEntry::date).reversed())
                .limit(6)
                .map(line)
                .toList();
        return new ThemePlan(groupId, group.type(), coming, past);
    }

    /** The pieces suited to this group's kind, to choose from. */
    @Transactional(readOnly = true)
    public List<MaterialCard> choicesFor(long groupId, String words, Locale locale) {
        GroupFacts group = groups.groupFacts(groupId);
        return library(new MaterialFilter(words, null, null, null), locale).stream()
                .filter(c -> c.forType().suits(group.type()))
                .toList();
    }

    /**
     * Prepares a planned session with a piece: its current version's steps become the session's
     * theme part (a listening session's plan takes them in). Choosing again replaces the earlier choice.
     */
    @Transactional
    public void prepare(long groupId, long sessionId, long materialId, Locale locale) {
        GroupFacts group = groups.groupFacts(groupId);
        SignedInUser user = reader();
        CalendarEntry entry = entry(groupId, sessionId);
        if (entry.state() != CalendarEntry.State.PLANNED) {
            throw InvalidInputException.of("session", "error.material-session-not-planned");
        }
        Material material = visibleMaterial(user, materialId);
        MaterialVersion version = current(material);
        if (!version.getForType().suits(group.type())) {
            throw InvalidInputException.of("material", "error.material-wrong-type");
        }
        SessionKind kind = SessionKind.of(group.type());
        MaterialUse use = uses.findBySessionKindAndSessionId(kind, sessionId)
                .orElseGet(() -> new MaterialUse(groupId, group.ref().organisationId(), kind, sessionId, entry.date()));
        use.moveTo(entry.date());
        use.prepare(version, Translations.isEnglish(locale), clock.instant(), user.getUsername());
        uses.save(use);
        if (kind == SessionKind.LISTENING) {
            listening.useTheme(
                    sessionId,
                    version.title(Translations.isEnglish(locale)),
                    use.steps().stream()
                            .map(s -> new ThemeStep(s.minutes(), s.text()))
                            .toList());
        }
    }

    /** What was prepared for this session, with the texts of the version it was prepared with. */
    @Transactional(readOnly = true)
    public Optional<PreparedTheme> prepared(long groupId, long sessionId, Locale locale) {
        GroupFacts group = groups.groupFacts(groupId);
        return uses.findBySessionKindAndSessionId(SessionKind.of(group.type()), sessionId)
                .filter(u -> u.getGroupId() == groupId)
                .map(u -> prepared(u, Translations.isEnglish(locale)));
    }

    /** This session only: a step's minutes (a listening session changes its steps in its plan). */
    @Transactional
    public void changeStepMinutes(long groupId, long sessionId, int position, Integer minutes) {
        MaterialUse use = adjustable(groupId, sessionId);
        checkedPosition(use, position);
        if (!MaterialDraft.validStepMinutes(minutes)) {
            throw InvalidInputException.of("minutes", "error.step-minutes", MaterialDraft.MAX_STEP_MINUTES);
        }
        use.changeMinutes(position, minutes);
    }

    /** This session only: leaves a step out; the last step stays (choose another piece instead). */
    @Transactional
    public void removeStep(long groupId, long sessionId, int position) {
        MaterialUse use = adjustable(groupId, sessionId);
        checkedPosition(use, position);
        if (use.steps().size() == 1) {
            throw InvalidInputException.of("steps", "error.material-no-steps");
        }
        use.removeStep(position);
    }

    /** This session only: an extra step at the end. */
    @Transactional
    public void addStep(long groupId, long sessionId, String text, Integer minutes) {
        MaterialUse use = adjustable(groupId, sessionId);
        List<InvalidInput> problems = Texts.newProblems();
        Texts.required(problems, "text", text, MaterialDraft.MAX_STEP);
        if (!MaterialDraft.validStepMinutes(minutes)) {
            problems.add(InvalidInput.of("minutes", "error.step-minutes", MaterialDraft.MAX_STEP_MINUTES));
        }
        InvalidInputException.throwIfAny(problems);
        use.addStep(new UsedStep(minutes, Texts.clean(text)));
    }

    /** After the session: how the piece worked, in one tap. Tapping again changes it. */
    @Transactional
    public void reflect(long groupId, long sessionId, UseReflection reflection) {
        GroupFacts group = groups.groupFacts(groupId);
        SignedInUser user = reader();
        if (reflection == null) {
            throw InvalidInputException.of("reflection", "error.required");
        }
        CalendarEntry entry = entry(groupId, sessionId);
        if (entry.state() != CalendarEntry.State.HELD) {
            throw InvalidInputException.of("session", "error.material-session-not-held");
        }
        MaterialUse use = uses.findBySessionKindAndSessionId(SessionKind.of(group.type()), sessionId)
                .filter(u -> u.getGroupId() == groupId)
                .orElseThrow(() -> InvalidInputException.of("session", "error.material-none-prepared"));
        use.moveTo(entry.date());
        use.reflect(reflection, clock.instant(), user.getUsername());
    }

    // --- internals ------------------------------------------------------------------------------

    private record Visible(Material material, MaterialVersion version) {}

    /** Only staff who prepare sessions read the library; a funder or an officer does not. */
    private SignedInUser reader() {
        SignedInUser user = currentUser.require();
        if (!user.role().preparesSessions()) {
            throw new NotFoundOrNotAllowedException();
        }
        return user;
    }

    private List<Visible> visible(SignedInUser user) {
        List<Material> list =
                user.role() == Role.ADMIN ? materials.findAll() : materials.findVisibleTo(user.organisationId());
        Map<Long, Material> byId = list.stream().collect(Collectors.toMap(Material::getId, Function.identity()));
        if (byId.isEmpty()) {
            return List.of();
        }
        return versions.findCurrent(byId.keySet()).stream()
                .map(v -> new Visible(byId.get(v.getMaterialId()), v))
                .toList();
    }

    private static boolean visibleTo(SignedInUser user, Material material) {
        return user.role() == Role.ADMIN
                || material.isStarter()
                || material.isShared()
                || Objects.equals(material.getOrganisationId(), user.organisationId());
    }

    private static boolean mayEdit(SignedInUser user, Material material) {
        return user.role() == Role.ADMIN
                || material.getOrganisationId() != null
                        && material.getOrganisationId().equals(user.organisationId());
    }

    private Material visibleMaterial(SignedInUser user, long materialId) {
        return materials
                .findById(materialId)
                .filter(m -> visibleTo(user, m))
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private MaterialVersion current(Material material) {
        return versions.findByMaterialIdAndNumber(material.getId(), material.getCurrentVersion())
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private static void check(MaterialDraft draft, boolean durationConfirmed) {
        InvalidInputException.throwIfAny(draft.problems());
        if (!durationConfirmed) {
            draft.durationMismatch().ifPresent(problem -> {
                throw new InvalidInputException(problem);
            });
        }
    }

    /** Uses up to today, of the reader's organisation only (an admin sees all). */
    private Map<Long, UsageFigures> usage(SignedInUser user) {
        Map<Long, UsageFigures> figures = new HashMap<>();
        Long organisation = user.role() == Role.ADMIN ? null : user.organisationId();
        if (organisation == null && user.role() != Role.ADMIN) {
            return figures;
        }
        for (Object[] row : uses.countUses(LocalDate.now(clock), organisation)) {
            figures.merge(
                    (Long) row[0],
                    UsageFigures.NONE.plus((UseReflection) row[1], (Long) row[2]),
                    (a, b) -> new UsageFigures(
                            a.used() + b.used(),
                            a.workedWell() + b.workedWell(),
                            a.soSo() + b.soSo(),
                            a.didNotWork() + b.didNotWork()));
        }
        return figures;
    }

    private Map<Long, String> owners() {
        return organisations.findAll().stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
    }

    private MaterialCard card(Visible p, boolean english, Map<Long, String> owners, Map<Long, UsageFigures> usage) {
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
        boolean mayEdit = mayEdit(user, material);
        boolean mayCopy =
                user.organisationId() != null && !Objects.equals(material.getOrganisationId(), user.organisationId());
        return new MaterialPiece(
                material.getId(),
                v.getNumber(),
                v.getForType(),
                v.tags(),
                v.getMinutes(),
                owners().get(material.getOrganisationId()),
                material.isShared(),
                material.isStarter(),
                mayEdit,
                mayCopy,
                content(v, false),
                v.hasEnglish() ? content(v, true) : null,
                v.draft(),
                usage(user).getOrDefault(material.getId(), UsageFigures.NONE));
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

    private PreparedTheme prepared(MaterialUse use, boolean english) {
        MaterialVersion v = versions.findById(use.getVersionId()).orElseThrow(NotFoundOrNotAllowedException::new);
        return new PreparedTheme(
                use.getGroupId(),
                use.getSessionId(),
                use.getSessionDate(),
                use.getMaterialId(),
                v.getNumber(),
                use.getSessionKind() == SessionKind.LISTENING,
                v.title(english),
                v.goal(english),
                v.bring(english),
                v.note(english),
                use.steps().stream()
                        .map(s -> new MaterialPiece.Step(s.minutes(), s.text()))
                        .toList(),
                v.questions().stream().map(q -> q.text(english)).toList());
    }

    private CalendarEntry entry(long groupId, long sessionId) {
        return calendar.entries(groupId).stream()
                .filter(e -> e.sessionId() == sessionId)
                .findFirst()
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private MaterialUse adjustable(long groupId, long sessionId) {
        GroupFacts group = groups.groupFacts(groupId);
        reader();
        if (group.type() == GroupType.LISTENING_GROUP) {
            throw InvalidInputException.of("session", "error.material-adjust-in-plan");
        }
        if (entry(groupId, sessionId).state() == CalendarEntry.State.HELD) {
            throw InvalidInputException.of("session", "error.session-closed");
        }
        return uses.findBySessionKindAndSessionId(SessionKind.SAVINGS, sessionId)
                .filter(u -> u.getGroupId() == groupId)
                .orElseThrow(() -> InvalidInputException.of("session", "error.material-none-prepared"));
    }

    private static void checkedPosition(MaterialUse use, int position) {
        if (position < 0 || position >= use.steps().size()) {
            throw new NotFoundOrNotAllowedException();
        }
    }

    private static List<String> words(String text) {
        String clean = Texts.clean(text);
        return clean == null ? List.of() : List.of(fold(clean).split("\\s+"));
    }

    /** Lower case without accents, so "geen" finds "géén" and "Zorg" finds "zorg". */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static boolean matches(MaterialVersion v, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        List<String> parts = new ArrayList<>();
        for (boolean english : new boolean[] {false, true}) {
            parts.add(v.title(english));
            parts.add(v.goal(english));
            v.steps().forEach(s -> parts.add(s.text(english)));
            v.questions().forEach(q -> parts.add(q.text(english)));
        }
        parts.addAll(v.tags());
        String haystack =
                fold(String.join(" ", parts.stream().filter(Objects::nonNull).toList()));
        return words.stream().allMatch(haystack::contains);
    }
}
