package nl.kringwerk.export.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.SignIn;
import nl.kringwerk.TestWorld;
import nl.kringwerk.base.domain.Money;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.loans.domain.RepaymentPlan;
import nl.kringwerk.loans.domain.Tally;
import nl.kringwerk.loans.service.LoanDecision;
import nl.kringwerk.loans.service.LoanRequest;
import nl.kringwerk.loans.service.LoanService;
import nl.kringwerk.savings.domain.EntryKind;
import nl.kringwerk.savings.domain.Ledger;
import nl.kringwerk.savings.domain.LedgerLine;
import nl.kringwerk.savings.service.EntryLine;
import nl.kringwerk.savings.service.Savings;
import nl.kringwerk.savings.service.SavingsFixture;
import nl.kringwerk.savings.service.SavingsOverview;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The group's own export round-trips: its CSVs alone give every member's balance as the services do. */
class GroupExportTest extends ServiceTest {

    @Autowired
    GroupExport export;

    @Autowired
    Savings savings;

    @Autowired
    LoanService loans;

    SavingsFixture f;

    @BeforeEach
    void aSessionWithDepositsACorrectionAndALoan() {
        TestWorld.World world = testWorld.create();
        signInAs(world.coordinatorA());
        f = new SavingsFixture(testWorld, world, savings, SavingsFixture.rules());
        savings.bookings().bookDeposit(f.sessionId, f.member("Samira"), "25", key());
        EntryLine wrong = savings.bookings().bookDeposit(f.sessionId, f.member("Fatma"), "100", key());
        savings.bookings().reverse(f.sessionId, wrong.id(), "Verkeerd bedrag; \"tien\" bedoeld", key());
        savings.bookings().bookDeposit(f.sessionId, f.member("Fatma"), "10", key());
        savings.bookings().bookDeposit(f.sessionId, f.member("Anja"), "12,50", key());
        savings.bookings().bookNoSaving(f.sessionId, f.member("Gloria"), key());
        long loanId =
                loans.request(world.groupA(), new LoanRequest(f.member("Samira"), "20", 4, "Schoolspullen"), key());
        loans.decide(f.sessionId, loanId, new LoanDecision(true, new Tally(7, 0, 1), "0", RepaymentPlan.AT_END));
        loans.disburse(f.sessionId, loanId, key());
    }

    @Test
    void reReadingTheJournalReproducesEveryBalance() throws IOException {
        Map<String, byte[]> files = unzip(export.zip(f.world.groupA()));
        assertThat(files)
                .containsKeys(
                        "README.txt",
                        "leden.csv",
                        "cycli.csv",
                        "bijeenkomsten.csv",
                        "aanwezigheid.csv",
                        "kasboek.csv",
                        "leningen.csv",
                        "uitdelingen.csv");
        byte[] journal = files.get("kasboek.csv");
        assertThat(journal).startsWith(0xEF - 256, 0xBB - 256, 0xBF - 256);

        List<List<String>> rows = Csv.read(journal);
        List<String> head = rows.get(0);
        List<LedgerLine> lines = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            lines.add(new LedgerLine(
                    Long.parseLong(row.get(head.indexOf("regel_id"))),
                    EntryKind.valueOf(row.get(head.indexOf("soort"))),
                    optionalLong(row.get(head.indexOf("lid_id"))),
                    Money.ofCents(Long.parseLong(row.get(head.indexOf("bedrag_centen")))),
                    optionalLong(row.get(head.indexOf("corrigeert_regel_id"))),
                    optionalLong(row.get(head.indexOf("lening_id"))),
                    Money.ofCents(Long.parseLong(row.get(head.indexOf("rente_centen"))))));
        }
        Ledger fromCsv = Ledger.replay(lines);

        SavingsOverview overview = savings.records().overview(f.world.groupA());
        assertThat(overview.rows()).hasSize(8);
        for (SavingsOverview.Row member : overview.rows()) {
            assertThat(fromCsv.savingsOf(member.memberId())).as(member.name()).isEqualTo(member.total());
        }
        assertThat(fromCsv.savingsOf(f.member("Fatma"))).isEqualTo(Money.euros(10));
        var cycle = savings.cycles().currentCycle(f.world.groupA()).orElseThrow();
        assertThat(fromCsv.box()).isEqualTo(cycle.box());
        assertThat(fromCsv.loansOutstanding()).isEqualTo(cycle.loansOutstanding());

        // The correction's reason, with its semicolon and quotes, comes back whole.
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("Verkeerd bedrag; \"tien\" bedoeld"));
        // The README's own rule (sum of DEPOSIT lines not corrected) gives the same balances.
        Map<Long, Long> byRule = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.get(head.indexOf("soort")).equals("DEPOSIT")
                    && row.get(head.indexOf("gecorrigeerd")).equals("nee")) {
                byRule.merge(
                        Long.parseLong(row.get(head.indexOf("lid_id"))),
                        Long.parseLong(row.get(head.indexOf("bedrag_centen"))),
                        Long::sum);
            }
        }
        for (SavingsOverview.Row member : overview.rows()) {
            assertThat(Money.ofCents(byRule.getOrDefault(member.memberId(), 0L)))
                    .isEqualTo(member.total());
        }

        List<List<String>> attendance = Csv.read(files.get("aanwezigheid.csv"));
        assertThat(attendance).hasSize(1 + 8);
        List<List<String>> loanRows = Csv.read(files.get("leningen.csv"));
        assertThat(loanRows).hasSize(2);
        assertThat(loanRows.get(1)).contains("Schoolspullen", "2000", "7");
        String readme = new String(files.get("README.txt"), StandardCharsets.UTF_8);
        assertThat(readme).contains("kasboek.csv", "bijeenkomsten.csv", "These are all your group's records");
    }

    @Test
    void theOfficerMayTakeItAndAFacilitatorAnotherOrganisationOrAFunderMayNot() {
        SignIn.out();
        signInAs(f.world.officerA());
        assertThat(export.zip(f.world.groupA())).isNotEmpty();
        for (String stranger : List.of(f.world.coordinatorB(), f.world.funder(), f.world.facilitatorA())) {
            SignIn.out();
            signInAs(stranger);
            assertThatThrownBy(() -> export.zip(f.world.groupA()))
                    .as(stranger)
                    .isInstanceOf(NotFoundOrNotAllowedException.class);
        }
        assertThatThrownBy(() -> export.zip(Long.MAX_VALUE)).isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    private static Long optionalLong(String text) {
        return text.isEmpty() ? null : Long.valueOf(text);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
