package nl.kringwerk.export.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.groups.service.GroupFacts;
import nl.kringwerk.groups.service.GroupService;
import nl.kringwerk.groups.service.MemberRow;
import nl.kringwerk.loans.service.LoanLine;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.savings.domain.JournalEntry;
import nl.kringwerk.savings.domain.SavingsSession;
import nl.kringwerk.savings.domain.SessionRoles;
import nl.kringwerk.savings.service.AttendanceLine;
import nl.kringwerk.savings.service.CycleRecord;
import nl.kringwerk.savings.service.SavingsFacts;
import nl.kringwerk.savings.service.SavingsRecords;
import nl.kringwerk.security.AccessPolicy;
import nl.kringwerk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group's whole record as a ZIP, so that a group that goes on by itself takes its books with
 * it: members, cycles, sessions with who held which task, attendance, the journal with every
 * correction, loans and the share-outs, each as CSV, with a README in Dutch and English. Only the
 * group's officer and its coordinator (or the operator) may take it; anyone else is told it does
 * not exist.
 */
@Service
public class GroupExport {

    public static final String MEMBERS = "leden.csv";
    public static final String CYCLES = "cycli.csv";
    public static final String SESSIONS = "bijeenkomsten.csv";
    public static final String ATTENDANCE = "aanwezigheid.csv";
    public static final String JOURNAL = "kasboek.csv";
    public static final String LOANS = "leningen.csv";
    public static final String SHARE_OUTS = "uitdelingen.csv";
    public static final String README = "README.txt";

    private final GroupService groups;
    private final SavingsFacts savings;
    private final SavingsRecords records;
    private final LoanService loans;
    private final CurrentUser currentUser;

    GroupExport(
            GroupService groups,
            SavingsFacts savings,
            SavingsRecords records,
            LoanService loans,
            CurrentUser currentUser) {
        this.groups = groups;
        this.savings = savings;
        this.records = records;
        this.loans = loans;
        this.currentUser = currentUser;
    }

    /** May the signed-in user take this group's record? Passes the group's access gate first. */
    @Transactional(readOnly = true)
    public boolean mayExport(long groupId) {
        groups.requireAccess(groupId);
        return AccessPolicy.mayExportGroup(currentUser.require());
    }

    /** The files of the export by name, in the order they go into the ZIP. */
    @Transactional(readOnly = true)
    public Map<String, byte[]> files(long groupId) {
        if (!mayExport(groupId)) {
            throw new NotFoundOrNotAllowedException();
        }
        GroupFacts group = groups.groupFacts(groupId);
        List<CycleRecord> cycles = savings.cycles(groupId);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(README, readme(group).getBytes(StandardCharsets.UTF_8));
        files.put(MEMBERS, members(group));
        files.put(CYCLES, cycles(cycles));
        files.put(SESSIONS, sessions(cycles));
        files.put(ATTENDANCE, attendance(cycles));
        files.put(JOURNAL, journal(group, cycles));
        files.put(LOANS, loans(cycles));
        files.put(SHARE_OUTS, shareOuts(group, cycles));
        return files;
    }

    /** The export as one ZIP file. */
    @Transactional(readOnly = true)
    public byte[] zip(long groupId) {
        Map<String, byte[]> files = files(groupId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] members(GroupFacts group) {
        Csv csv = new Csv().row("lid_id", "naam", "telefoon", "email", "lid_sinds", "gestopt_op");
        for (MemberRow m : group.members()) {
            csv.row(m.id(), m.displayName(), m.phone(), m.email(), m.joinedOn(), m.leftOn());
        }
        return csv.bytes();
    }

    private static byte[] cycles(List<CycleRecord> cycles) {
        Csv csv = new Csv()
                .row(
                        "cyclus_id",
                        "nummer",
                        "begonnen_op",
                        "gepland_einde",
                        "gesloten_op",
                        "vervolg_op_cyclus_id",
                        "inleg_max_centen",
                        "noodpot_per_bijeenkomst_centen");
        for (CycleRecord c : cycles) {
            csv.row(
                    c.cycleId(),
                    c.cycle().getNumber(),
                    c.cycle().getStartedOn(),
                    c.cycle().rules().plannedEndOn(),
                    c.cycle().getClosedOn(),
                    c.cycle().getContinuesCycleId(),
                    cents(c.cycle().rules().maxDeposit()),
                    cents(c.cycle().rules().socialFundPerSession()));
        }
        return csv.bytes();
    }

    /** Every session with who held which task (the task history) and the cash count. */
    private static byte[] sessions(List<CycleRecord> cycles) {
        Csv csv = new Csv()
                .row(
                        "bijeenkomst_id",
                        "cyclus_id",
                        "datum",
                        "status",
                        "voorzitter_lid_id",
                        "boekhouder_lid_id",
                        "teller1_lid_id",
                        "teller2_lid_id",
                        "geteld_centen",
                        "verwacht_centen");
        for (CycleRecord c : cycles) {
            for (SavingsSession s : c.sessions()) {
                SessionRoles roles = s.roles();
                csv.row(
                        s.getId(),
                        c.cycleId(),
                        s.getPlannedOn(),
                        s.getStatus(),
                        roles.chair(),
                        roles.bookkeeper(),
                        roles.counter1(),
                        roles.counter2(),
                        cents(s.countedCash()),
                        cents(s.expectedCash()));
            }
        }
        return csv.bytes();
    }

    private byte[] attendance(List<CycleRecord> cycles) {
        Csv csv = new Csv().row("bijeenkomst_id", "lid_id", "naam", "status", "getekend");
        for (CycleRecord c : cycles) {
            for (SavingsSession s : c.sessions()) {
                if (s.getStatus().wasHeld()) {
                    for (AttendanceLine a : records.meeting(s.getId()).attendance()) {
                        if (a.status() != null) {
                            csv.row(s.getId(), a.memberId(), a.name(), a.status(), a.signed() ? "ja" : "nee");
                        }
                    }
                }
            }
        }
        return csv.bytes();
    }

    /** Every journal line, corrections included: a reversal names the line it cancels. */
    private static byte[] journal(GroupFacts group, List<CycleRecord> cycles) {
        Csv csv = new Csv()
                .row(
                        "regel_id",
                        "cyclus_id",
                        "bijeenkomst_id",
                        "soort",
                        "lid_id",
                        "naam",
                        "bedrag_centen",
                        "bedrag",
                        "rente_centen",
                        "lening_id",
                        "corrigeert_regel_id",
                        "gecorrigeerd",
                        "reden",
                        "geboekt_door",
                        "geboekt_op");
        for (CycleRecord c : cycles) {
            for (JournalEntry e : c.journal()) {
                csv.row(
                        e.getId(),
                        c.cycleId(),
                        e.getSessionId(),
                        e.getKind(),
                        e.getMemberId(),
                        e.getMemberId() == null ? null : group.nameOf(e.getMemberId()),
                        e.amount().cents(),
                        e.amount().formatNumber(),
                        e.interest().cents(),
                        e.getLoanId(),
                        e.getReversesEntryId(),
                        c.ledger().isReversed(e.getId()) ? "ja" : "nee",
                        e.getReason(),
                        e.getBookedBy(),
                        e.getBookedAt());
            }
        }
        return csv.bytes();
    }

    private byte[] loans(List<CycleRecord> cycles) {
        Csv csv = new Csv()
                .row(
                        "lening_id",
                        "cyclus_id",
                        "lid_id",
                        "naam",
                        "bedrag_centen",
                        "weken",
                        "doel",
                        "status",
                        "voor",
                        "tegen",
                        "onthouding",
                        "rente_centen",
                        "betaald_centen",
                        "nog_open_centen",
                        "achterstand_centen");
        for (CycleRecord c : cycles) {
            for (LoanLine l : loans.loansOfCycle(c.cycleId())) {
                csv.row(
                        l.loanId(),
                        c.cycleId(),
                        l.memberId(),
                        l.memberName(),
                        l.principal().cents(),
                        l.weeks(),
                        l.purpose(),
                        l.status(),
                        l.tally() == null ? null : l.tally().inFavour(),
                        l.tally() == null ? null : l.tally().against(),
                        l.tally() == null ? null : l.tally().abstained(),
                        l.terms().interest().cents(),
                        l.account().paid().cents(),
                        l.owed().cents(),
                        l.account().overdue().cents());
            }
        }
        return csv.bytes();
    }

    /** The share-out lines of every cycle: payouts, loans settled against them, the social fund moving on. */
    private static byte[] shareOuts(GroupFacts group, List<CycleRecord> cycles) {
        Csv csv = new Csv().row("cyclus_id", "regel_id", "soort", "lid_id", "naam", "bedrag_centen", "gecorrigeerd");
        for (CycleRecord c : cycles) {
            for (JournalEntry e : c.journal()) {
                if (e.getKind().isShareOut()) {
                    csv.row(
                            c.cycleId(),
                            e.getId(),
                            e.getKind(),
                            e.getMemberId(),
                            e.getMemberId() == null ? null : group.nameOf(e.getMemberId()),
                            e.amount().cents(),
                            c.ledger().isReversed(e.getId()) ? "ja" : "nee");
                }
            }
        }
        return csv.bytes();
    }

    private static @Nullable Long cents(@Nullable Money money) {
        return money == null ? null : money.cents();
    }

    private static String readme(GroupFacts group) {
        return """
                Kringwerk - de gegevens van %s
                ==============================

                Dit zijn alle gegevens van jullie groep zoals Kringwerk ze bewaart. Je kunt de bestanden
                openen met Excel of LibreOffice (dubbelklikken). Ze zijn UTF-8 met puntkomma's ertussen,
                zoals een Nederlandse Excel verwacht. Bedragen staan in centen (1250 = 12,50 euro), zodat
                er niets verloren gaat; het kasboek heeft ook een kolom met het bedrag in euro's.
                Een id is het nummer dat Kringwerk aan een lid, cyclus, bijeenkomst of regel gaf; met die
                nummers horen de bestanden bij elkaar.

                leden.csv          alle leden, ook wie gestopt is (lid sinds, gestopt op)
                cycli.csv          de spaarcycli: begin, gepland einde, gesloten op, en de afspraken over inleg en noodpot
                bijeenkomsten.csv  elke bijeenkomst: datum, status, wie voorzitter, boekhouder en tellers was
                                   (de takengeschiedenis), en het getelde en het verwachte bedrag in de kas
                aanwezigheid.csv   per bijeenkomst wie er was, afgemeld of afwezig was, en of ze tekende
                kasboek.csv        elke regel van het kasboek, ook de correcties. Een correctie (REVERSAL) noemt de
                                   regel die ze ongedaan maakt; die regel staat er nog en heeft gecorrigeerd = ja.
                                   Het spaarsaldo van een lid is de som van haar DEPOSIT-regels die niet
                                   gecorrigeerd zijn.
                leningen.csv       elke lening: bedrag, weken, doel, besluit (stemmen voor/tegen/onthouding),
                                   rente, betaald, nog open en achterstand
                uitdelingen.csv    de regels van het uitdelen aan het eind van een cyclus: uitbetaling per lid,
                                   verrekende leningen, en de noodpot die doorgaat of is besteed

                Kringwerk - the records of %s
                ==============================

                These are all your group's records as Kringwerk keeps them. Open the files with Excel or
                LibreOffice. They are UTF-8, separated by semicolons (as Dutch Excel expects). Amounts are
                in cents (1250 = EUR 12.50) so nothing is lost; the journal also has the amount in euros.
                An id is the number Kringwerk gave a member, cycle, session or line; the files are linked
                by these numbers.

                leden.csv          members, also those who left (joined on, left on)
                cycli.csv          savings cycles: start, planned end, closed on, deposit and social fund rules
                bijeenkomsten.csv  every session: date, status, who chaired, kept the books and counted
                                   (the task history), and the counted and expected cash
                aanwezigheid.csv   per session who was present, excused or absent, and whether she signed
                kasboek.csv        every journal line including corrections. A correction (REVERSAL) names the
                                   line it cancels; that line stays and is marked gecorrigeerd = ja.
                                   A member's savings balance is the sum of her DEPOSIT lines not corrected.
                leningen.csv       every loan: amount, weeks, purpose, decision (votes for/against/abstained),
                                   interest, paid, still open and in arrears
                uitdelingen.csv    the share-out lines at the end of a cycle: payout per member, loans settled,
                                   and the social fund carried on or spent
                """.formatted(group.name(), group.name());
    }
}
