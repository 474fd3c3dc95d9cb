package nl.kringwerk.sessions.service;

import java.time.Clock;
import java.util.List;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.base.i18n.Translations;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.sessions.domain.Agreement;
import nl.kringwerk.sessions.domain.AgreementRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A listening group's own agreements (afspraken), as the group words them: it may start from the
 * usual ones and change them as it likes. Every method opens the group first.
 */
@Service
public class AgreementService {

    private final ListeningSessions sessions;
    private final AgreementRepository agreements;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final Clock clock;

    AgreementService(
            ListeningSessions sessions,
            AgreementRepository agreements,
            Translations translations,
            CurrentUser currentUser,
            Clock clock) {
        this.sessions = sessions;
        this.agreements = agreements;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AgreementLine> agreements(long groupId) {
        sessions.requireListeningGroup(groupId);
        return agreementsOf(groupId).stream()
                .map(a -> new AgreementLine(a.getId(), a.getText()))
                .toList();
    }

    /**
     * A new group starts from the usual agreements, and changes them as it likes. They are stored
     * in Dutch: a group has no language of its own.
     */
    @Transactional
    public void useUsualAgreements(long groupId) {
        sessions.requireListeningGroup(groupId);
        if (!agreementsOf(groupId).isEmpty()) {
            return;
        }
        List<String> texts = usualAgreements();
        for (int i = 0; i < texts.size(); i++) {
            agreements.save(new Agreement(groupId, i, texts.get(i), clock.instant(), username()));
        }
    }

    /** The usual agreements as a new group gets them: the Dutch texts of the bundle. */
    private List<String> usualAgreements() {
        return Agreement.USUAL_KEYS.stream()
                .map(key -> translations.getTranslation(key, Translations.DUTCH))
                .toList();
    }

    @Transactional
    public long addAgreement(long groupId, String text) {
        sessions.requireListeningGroup(groupId);
        InvalidInputException.throwIfAny(Agreement.problems(text));
        int position = agreementsOf(groupId).stream()
                        .mapToInt(Agreement::getPosition)
                        .max()
                        .orElse(-1)
                + 1;
        return agreements
                .save(new Agreement(groupId, position, text, clock.instant(), username()))
                .getId();
    }

    @Transactional
    public void rewordAgreement(long groupId, long agreementId, String text) {
        sessions.requireListeningGroup(groupId);
        Agreement agreement = agreementOf(groupId, agreementId);
        InvalidInputException.throwIfAny(Agreement.problems(text));
        agreement.reword(text, clock.instant(), username());
    }

    @Transactional
    public void removeAgreement(long groupId, long agreementId) {
        sessions.requireListeningGroup(groupId);
        agreements.delete(agreementOf(groupId, agreementId));
    }

    private List<Agreement> agreementsOf(long groupId) {
        return agreements.findByGroupIdOrderByPositionAscIdAsc(groupId);
    }

    private Agreement agreementOf(long groupId, long agreementId) {
        return agreements
                .findById(agreementId)
                .filter(a -> a.getGroupId() == groupId)
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    private String username() {
        return currentUser.require().getUsername();
    }
}
