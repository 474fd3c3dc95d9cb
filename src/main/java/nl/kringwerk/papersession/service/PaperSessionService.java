package nl.kringwerk.papersession.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.groups.service.MemberRow;
import nl.kringwerk.loans.domain.LoanStatus;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.papersession.domain.PaperDraft;
import nl.kringwerk.papersession.domain.PaperDraftRepository;
import nl.kringwerk.savings.domain.CycleRules;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.PaperBookings;
import nl.kringwerk.savings.service.SavingsFacts;
import nl.kringwerk.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Papieren bijeenkomst invoeren": one person enters a session's paper forms, a second person (an
 * officer of the group or its facilitator, with her own login) confirms them, and then the session is
 * booked once through {@link PaperBookings}: the same rules, lock and journal as a live session.
 * Every method opens the session through the group's access gate first ({@link SavingsFacts#session}).
 */
@Service
public class PaperSessionService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SavingsFacts savings;
    private final PaperBookings paper;
    private final LoanService loans;
    private final PaperDraftRepository drafts;
    private final CurrentUser currentUser;
    private final Clock clock;

    PaperSessionService(
            SavingsFacts savings,
            PaperBookings paper,
            LoanService loans,
            PaperDraftRepository drafts,
            CurrentUser currentUser,
            Clock clock) {
        this.savings = savings;
        this.paper = paper;
        this.loans = loans;
        this.drafts = drafts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What the screen shows for this session. */
    @Transactional(readOnly = true)
    public PaperForm form(long sessionId) {
        SavingsFacts.SessionRecord at = savings.session(sessionId);
        long groupId = at.group().id();
        List<LoanLine> lines = at.cycle().cycle().isOpen() ? loans.loans(groupId) : List.of();
        CycleRules rules = at.cycle().cycle().rules();
        String me = me();
        return new PaperForm(
                sessionId,
                groupId,
                at.group().name(),
                at.session().getPlannedOn(),
                at.group().members().stream().filter(MemberRow::isActive).toList(),
                lines.stream()
                        .filter(l -> l.status().isOut())
                        .map(l -> new PaperForm.LoanOnForm(l.loanId(), l.memberId(), l.memberName(), l.owed()))
                        .toList(),
                lines.stream()
                        .filter(l -> l.status() == LoanStatus.APPROVED)
                        .map(l -> new PaperForm.LoanOnForm(l.loanId(), l.memberId(), l.memberName(), l.principal()))
                        .toList(),
                rules.socialFundPerSession(),
                rules.maxDeposit(),
                drafts.findById(sessionId)
                        .map(d -> new PaperForm.Draft(
                                read(d.getSheet()),
                                d.getEnteredBy(),
                                d.getEnteredAt(),
                                d.getVersion(),
                                d.getEnteredBy().equals(me))),
                paper.booked(sessionId));
    }

    /**
     * The first person enters the forms: every rule is checked as at the booking (a refused line comes
     * back next to its row) and nothing is booked; the forms wait for a second person to confirm.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void enter(long sessionId, PaperEntry entry) {
        SavingsFacts.SessionRecord at = savings.session(sessionId);
        paper.check(sessionId, entry.sheet(), rows(entry));
        String json = write(entry);
        String me = me();
        PaperDraft draft = drafts.findById(sessionId).orElse(null);
        if (draft == null) {
            drafts.save(new PaperDraft(sessionId, at.group().id(), json, me, clock.instant()));
        } else {
            draft.replace(json, me, clock.instant());
            drafts.save(draft);
        }
    }

    /**
     * The second person confirms the forms she saw ({@code draftVersion}) and the session is booked.
     * Confirming a session that is booked already gives that booking back and books nothing again.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public EntryLine confirm(long sessionId, long draftVersion) {
        savings.session(sessionId);
        Optional<EntryLine> booked = paper.booked(sessionId);
        if (booked.isPresent()) {
            drafts.findById(sessionId).ifPresent(drafts::delete);
            return booked.get();
        }
        PaperDraft draft = drafts.findById(sessionId)
                .orElseThrow(() -> InvalidInputException.of("session", "error.paper-no-draft"));
        if (draft.getVersion() != draftVersion) {
            throw InvalidInputException.of("session", "error.paper-draft-changed");
        }
        if (draft.getEnteredBy().equals(me())) {
            throw InvalidInputException.of("session", "error.paper-confirm-by-other");
        }
        PaperEntry entry = read(draft.getSheet());
        EntryLine first = paper.book(sessionId, entry.sheet(), rows(entry), draft.getEnteredBy());
        drafts.findById(sessionId).ifPresent(drafts::delete);
        return first;
    }

    private List<PaperBookings.PaperRow> rows(PaperEntry entry) {
        List<PaperBookings.PaperRow> rows = new ArrayList<>();
        for (PaperEntry.Repayment r : entry.repayments()) {
            if (r.amountText() != null && !r.amountText().isBlank()) {
                rows.add(loans.repaymentOnPaper(r.loanId(), r.amountText()));
            }
        }
        for (long loanId : entry.paidOut()) {
            rows.add(loans.payoutOnPaper(loanId));
        }
        return rows;
    }

    private String me() {
        return currentUser.require().getUsername();
    }

    private static String write(PaperEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PaperEntry read(String json) {
        try {
            return JSON.readValue(json, PaperEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
