package nl.kringwerk.passbook.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.domain.GroupType;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.MemberRow;
import nl.kringwerk.passbook.domain.CodeOpening;
import nl.kringwerk.passbook.domain.CodeOpeningRepository;
import nl.kringwerk.passbook.domain.MemberCode;
import nl.kringwerk.passbook.domain.MemberCodeRepository;
import nl.kringwerk.passbook.domain.PassbookSetting;
import nl.kringwerk.passbook.domain.PassbookSettingRepository;
import nl.kringwerk.passbook.domain.PersonalCodes;
import nl.kringwerk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' side of the passbook cards: make or renew a member's personal code (the old one stops
 * at once), take a card back, choose her language and whether messages may show amounts, and read
 * when passbooks were opened. Every method passes the group's access gate (officers, facilitators,
 * coordinators, the admin of the group; never funders).
 */
@Service
public class MemberCodes {

    /** Her passbook's languages: Dutch and English, and the languages the group screen can show. */
    public static final List<String> LANGUAGES =
            Arrays.stream(MemberLanguage.values()).map(MemberLanguage::tag).toList();

    private final GroupService groups;
    private final MemberCodeRepository codes;
    private final CodeOpeningRepository openings;
    private final PassbookSettingRepository settings;
    private final CurrentUser currentUser;
    private final Clock clock;

    MemberCodes(
            GroupService groups,
            MemberCodeRepository codes,
            CodeOpeningRepository openings,
            PassbookSettingRepository settings,
            CurrentUser currentUser,
            Clock clock) {
        this.groups = groups;
        this.codes = codes;
        this.openings = openings;
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A new card for her: the code is shown once (for the card) and only its hash is kept. A code she
     * had before stops working at once.
     *
     * @param pin four digits she chooses herself, or blank for none
     */
    @Transactional
    public IssuedCode issue(long groupId, long memberId, @Nullable String pin) {
        GroupFacts group = savingsMember(groupId, memberId);
        String chosenPin = pin == null ? "" : pin.strip();
        if (!chosenPin.isEmpty() && !PersonalCodes.isPin(chosenPin)) {
            throw InvalidInputException.of("pin", "passbook.error.pin");
        }
        Instant now = clock.instant();
        codes.findByMemberIdAndRevokedAtIsNull(memberId).ifPresent(old -> old.revoke(now));
        codes.flush();
        String code = PersonalCodes.generate();
        codes.save(new MemberCode(
                groupId,
                memberId,
                PersonalCodes.hash(code),
                chosenPin.isEmpty() ? null : PersonalCodes.pinHash(code, chosenPin),
                now,
                currentUser.require().getUsername()));
        return new IssuedCode(code, group.name(), group.nameOf(memberId), !chosenPin.isEmpty(), languageOf(memberId));
    }

    /** Her card stops working (lost, or she asked); nothing else changes. */
    @Transactional
    public void revoke(long groupId, long memberId) {
        savingsMember(groupId, memberId);
        codes.findByMemberIdAndRevokedAtIsNull(memberId).ifPresent(code -> code.revoke(clock.instant()));
    }

    /** Per active member: whether she has a live card, since when, and when it was last opened. */
    @Transactional(readOnly = true)
    public List<CodeRow> codes(long groupId) {
        GroupFacts group = groups.groupFacts(groupId);
        Map<Long, MemberCode> live = new HashMap<>();
        codes.findByGroupIdAndRevokedAtIsNull(groupId).forEach(c -> live.put(c.getMemberId(), c));
        Map<Long, Instant> lastOpened = new HashMap<>();
        for (CodeOpening o : openings.findTop200ByGroupIdOrderByOpenedAtDesc(groupId)) {
            lastOpened.putIfAbsent(o.getMemberId(), o.getOpenedAt());
        }
        return group.members().stream()
                .filter(MemberRow::isActive)
                .map(m -> {
                    MemberCode code = live.get(m.id());
                    return new CodeRow(
                            m.id(),
                            m.displayName(),
                            code == null ? null : code.getCreatedAt(),
                            code != null && code.needsPin(),
                            lastOpened.get(m.id()),
                            languageOf(m.id()),
                            amountsInMessages(m.id()));
                })
                .toList();
    }

    /** When passbooks of this group were opened with a code, newest first ("geopend op ..."). */
    @Transactional(readOnly = true)
    public List<OpeningRow> openings(long groupId) {
        GroupFacts group = groups.groupFacts(groupId);
        return openings.findTop200ByGroupIdOrderByOpenedAtDesc(groupId).stream()
                .map(o -> new OpeningRow(o.getMemberId(), group.nameOf(o.getMemberId()), o.getOpenedAt()))
                .sorted(Comparator.comparing(OpeningRow::openedAt).reversed())
                .toList();
    }

    /** Her choices: the language her passbook opens in, and whether messages may show amounts. */
    @Transactional
    public void choose(long groupId, long memberId, String language, boolean amountsInMessages) {
        savingsMember(groupId, memberId);
        if (!LANGUAGES.contains(language)) {
            throw InvalidInputException.of("language", "passbook.error.language");
        }
        String by = currentUser.require().getUsername();
        Optional<PassbookSetting> existing = settings.findById(memberId);
        if (existing.isPresent()) {
            existing.get().change(language, amountsInMessages, clock.instant(), by);
        } else {
            PassbookSetting setting = new PassbookSetting(groupId, memberId, language, clock.instant(), by);
            setting.change(language, amountsInMessages, clock.instant(), by);
            settings.save(setting);
        }
    }

    private String languageOf(long memberId) {
        return settings.findById(memberId).map(PassbookSetting::getLanguage).orElse("nl");
    }

    private boolean amountsInMessages(long memberId) {
        return settings.findById(memberId)
                .map(PassbookSetting::isAmountsInMessages)
                .orElse(false);
    }

    private GroupFacts savingsMember(long groupId, long memberId) {
        GroupFacts group = groups.groupFacts(groupId);
        if (!group.hasActiveMember(memberId)) {
            throw new NotFoundOrNotAllowedException();
        }
        if (group.type() != GroupType.SAVINGS_CIRCLE) {
            throw InvalidInputException.of("member", "passbook.error.not-savings");
        }
        if (!group.active()) {
            throw InvalidInputException.of("member", "error.group-ended");
        }
        return group;
    }

    /** A new card: the code in clear text exists only in this answer. */
    public record IssuedCode(String code, String groupName, String memberName, boolean withPin, String language) {}

    public record CodeRow(
            long memberId,
            String name,
            @Nullable Instant cardSince,
            boolean withPin,
            @Nullable Instant lastOpened,
            String language,
            boolean amountsInMessages) {}

    public record OpeningRow(long memberId, String name, Instant openedAt) {}
}
