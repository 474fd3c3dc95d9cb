package nl.kringwerk.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the database with generated groups and their history, fast (multi-row inserts with ids
 * chosen here): members joining and some leaving, savings circles with cycles of weekly or two-weekly
 * sessions, attendance, a deposit per person present, loans paid out and repaid (most on time), and
 * listening groups with their sessions and attendance. Some groups end. Used for the demo's funder
 * (a few dozen groups) and for the national-scale benchmark (20,000 groups, about 10 million ledger
 * lines: a deposit per person present, in most circles also a social-fund contribution, and loans). The insights summary must be rebuilt afterwards: these rows bypass the services.
 */
public final class GeneratedGroups {

    /** How much to generate. */
    public record Scale(int groups, List<String> municipalities, List<String> organisations, int years, long seed) {}

    /** What was generated. */
    public record Result(int groups, long members, long sessions, long attendance, long journalLines, long loans) {}

    private static final int CHUNK = 4000;

    private final JdbcTemplate jdbc;

    public GeneratedGroups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Result generate(Scale scale, LocalDate today) {
        Random random = new Random(scale.seed());
        Ids ids = new Ids();
        List<Long> organisationIds = new ArrayList<>();
        for (String name : scale.organisations()) {
            Long existing = jdbc.query(
                    "SELECT id FROM organisation WHERE name = ?", rs -> rs.next() ? rs.getLong(1) : null, name);
            if (existing == null) {
                jdbc.update("INSERT INTO organisation (name, created_at) VALUES (?, CURRENT_TIMESTAMP(6))", name);
                existing = jdbc.queryForObject("SELECT id FROM organisation WHERE name = ?", Long.class, name);
            }
            organisationIds.add(existing);
        }
        Rows groups =
                new Rows("kring (id, organisation_id, name, type, municipality, started_on, ended_on, meeting_day,"
                        + " meeting_time, frequency, place, created_at, created_by)");
        Rows members = new Rows("member (id, group_id, display_name, joined_on, left_on, created_at, created_by)");
        Rows cycles = new Rows("savings_cycle (id, group_id, number, started_on, planned_end_on, frequency,"
                + " max_deposit_cents, loan_cap_multiple, max_loan_weeks, closed_on, continues_cycle_id, created_at,"
                + " created_by)");
        Rows sessions = new Rows("savings_session (id, cycle_id, group_id, planned_on, status)");
        Rows attendance = new Rows("attendance (session_id, member_id, status, recorded_at, recorded_by)");
        Rows journal = new Rows("journal_entry (id, group_id, cycle_id, session_id, member_id, kind, amount_cents,"
                + " booked_by, booked_at, idempotency_key, loan_id, interest_cents)");
        Rows loans = new Rows("loan (id, group_id, cycle_id, member_id, principal_cents, weeks, status, requested_at,"
                + " requested_by, decided_session_id, decided_at, decided_by, votes_for, votes_against, votes_abstain,"
                + " interest_bp, interest_cents, instalments, request_key)");
        Rows listening = new Rows("listening_session (id, group_id, planned_on, status, created_at, created_by)");
        Rows listeningAttendance = new Rows("listening_attendance (session_id, member_id, status, recorded_at)");
        long groupId = ids.next("kring");
        long memberId = ids.next("member");
        long cycleId = ids.next("savings_cycle");
        long sessionId = ids.next("savings_session");
        long entryId = ids.next("journal_entry");
        long loanId = ids.next("loan");
        long listeningId = ids.next("listening_session");
        long counts[] = new long[6];
        for (int g = 0; g < scale.groups(); g++, groupId++) {
            boolean savings = random.nextInt(10) < 7;
            String municipality = scale.municipalities()
                    .get(skewed(random, scale.municipalities().size()));
            long organisation = organisationIds.get(random.nextInt(organisationIds.size()));
            LocalDate start = today.minusDays(30 + random.nextInt(365 * scale.years() - 30));
            // Groups end more often in their first year; about half of them last three years.
            LocalDate end = null;
            double lifeYears = -Math.log(1 - random.nextDouble()) * 4.0;
            if (random.nextInt(4) == 0) {
                lifeYears = random.nextDouble() * 0.9;
            }
            LocalDate plannedEnd = start.plusDays((long) (lifeYears * 365) + 60);
            if (savings) {
                // A savings circle stops at the end of a cycle: after the share-out, it does not go on.
                int cyclesRun = 1;
                while (random.nextInt(4) != 0) {
                    cyclesRun++;
                }
                plannedEnd = start.plusWeeks(26L * cyclesRun);
            }
            if (plannedEnd.isBefore(today)) {
                end = plannedEnd;
            }
            LocalDate lastDay = end == null ? today : end;
            int weeks = savings ? (random.nextBoolean() ? 1 : 2) : 2;
            boolean socialFund = savings && random.nextInt(5) < 3;
            DayOfWeek meetingDay = DayOfWeek.of(1 + random.nextInt(5));
            // Sessions fall on the meeting day: the first on that weekday on or after the start.
            LocalDate firstMeeting = start.with(TemporalAdjusters.nextOrSame(meetingDay));
            groups.add(groupId + "," + organisation + ",'" + (savings ? "Spaarkring " : "Luistergroep ") + municipality
                    + " " + (g + 1) + "','" + (savings ? "SAVINGS_CIRCLE" : "LISTENING_GROUP") + "','"
                    + municipality + "','" + start + "'," + date(end) + ",'" + meetingDay
                    + "','19:30:00','" + (weeks == 1 ? "WEEKLY" : "EVERY_TWO_WEEKS") + "','Buurthuis',"
                    + "CURRENT_TIMESTAMP(6),'generator'");
            int size = savings ? 8 + random.nextInt(7) : 5 + random.nextInt(5);
            long[] people = new long[size];
            @Nullable LocalDate[] left = new LocalDate[size];
            for (int i = 0; i < size; i++, memberId++) {
                people[i] = memberId;
                if (random.nextInt(5) == 0) {
                    LocalDate l = start.plusDays(
                            1 + random.nextInt((int) Math.max(1, lastDay.toEpochDay() - start.toEpochDay())));
                    left[i] = l.isAfter(lastDay) ? null : l;
                }
                members.add(memberId + "," + groupId + ",'Lid " + (i + 1) + "','" + start + "'," + date(left[i])
                        + ",CURRENT_TIMESTAMP(6),'generator'");
                counts[0]++;
            }
            if (savings) {
                LocalDate cycleStart = firstMeeting;
                long previous = -1;
                int number = 1;
                while (cycleStart.isBefore(lastDay)) {
                    LocalDate cycleEnd = cycleStart.plusWeeks(26);
                    boolean complete = !cycleEnd.isAfter(lastDay);
                    cycles.add(cycleId + "," + groupId + "," + number + ",'" + cycleStart + "','" + cycleEnd + "','"
                            + (weeks == 1 ? "WEEKLY" : "EVERY_TWO_WEEKS") + "',25000,3,16,"
                            + (complete ? "'" + cycleEnd + "'" : "NULL") + "," + (previous < 0 ? "NULL" : previous)
                            + ",CURRENT_TIMESTAMP(6),'generator'");
                    List<Long> cycleSessions = new ArrayList<>();
                    List<LocalDate> cycleDates = new ArrayList<>();
                    for (LocalDate d = cycleStart;
                            d.isBefore(cycleEnd) && !d.isAfter(lastDay);
                            d = d.plusWeeks(weeks), sessionId++) {
                        sessions.add(sessionId + "," + cycleId + "," + groupId + ",'" + d + "','CLOSED'");
                        cycleSessions.add(sessionId);
                        cycleDates.add(d);
                        counts[1]++;
                        for (int i = 0; i < size; i++) {
                            if (left[i] != null && left[i].isBefore(d)) {
                                continue;
                            }
                            int r = random.nextInt(20);
                            String status = r < 17 ? "PRESENT" : r < 19 ? "EXCUSED" : "ABSENT";
                            attendance.add(
                                    sessionId + "," + people[i] + ",'" + status + "','" + d + " 20:00:00','generator'");
                            counts[2]++;
                            if (status.equals("PRESENT")) {
                                journal.add(entryId + "," + groupId + "," + cycleId + "," + sessionId + "," + people[i]
                                        + ",'DEPOSIT'," + (200 + random.nextInt(24) * 100) + ",'generator','" + d
                                        + " 20:00:00','g" + entryId + "',NULL,NULL");
                                entryId++;
                                counts[3]++;
                                if (socialFund) {
                                    journal.add(entryId + "," + groupId + "," + cycleId + "," + sessionId + ","
                                            + people[i] + ",'SOCIAL_FUND',100,'generator','" + d + " 20:00:00','g"
                                            + entryId + "',NULL,NULL");
                                    entryId++;
                                    counts[3]++;
                                }
                            }
                        }
                    }
                    // Two loans a cycle: paid out at the fourth session, due eight weeks later.
                    for (int k = 0; k < 2 && cycleSessions.size() > 4 + 8 / weeks; k++, loanId++) {
                        int decided = 3 + k;
                        long borrower = people[random.nextInt(size)];
                        LocalDate decidedOn = cycleDates.get(decided);
                        int principal = 5000 + random.nextInt(16) * 1000;
                        loans.add(loanId + "," + groupId + "," + cycleId + "," + borrower + "," + principal
                                + ",8,'APPROVED','" + decidedOn + " 20:00:00','generator'," + cycleSessions.get(decided)
                                + ",'" + decidedOn + " 20:00:00','generator',6,1,1,0,0,1,'gl" + loanId + "'");
                        journal.add(entryId + "," + groupId + "," + cycleId + "," + cycleSessions.get(decided) + ","
                                + borrower + ",'LOAN_OUT'," + (-principal) + ",'generator','" + decidedOn
                                + " 20:00:00','g" + entryId + "'," + loanId + ",NULL");
                        entryId++;
                        int late = random.nextInt(10) == 0 ? 4 / weeks + 1 : 0;
                        int repaid = Math.min(cycleSessions.size() - 1, decided + 8 / weeks + late);
                        journal.add(entryId + "," + groupId + "," + cycleId + "," + cycleSessions.get(repaid) + ","
                                + borrower + ",'LOAN_REPAYMENT'," + principal + ",'generator','"
                                + cycleDates.get(repaid) + " 20:00:00','g" + entryId + "'," + loanId + ",0");
                        entryId++;
                        counts[3] += 2;
                        counts[4]++;
                    }
                    previous = cycleId;
                    cycleId++;
                    number++;
                    cycleStart = cycleEnd;
                    if (!complete) {
                        break;
                    }
                }
            } else {
                for (LocalDate d = firstMeeting; !d.isAfter(lastDay); d = d.plusWeeks(2), listeningId++) {
                    listening.add(listeningId + "," + groupId + ",'" + d + "','DONE',CURRENT_TIMESTAMP(6),'generator'");
                    counts[1]++;
                    for (int i = 0; i < size; i++) {
                        if (left[i] != null && left[i].isBefore(d)) {
                            continue;
                        }
                        listeningAttendance.add(listeningId + "," + people[i] + ",'"
                                + (random.nextInt(5) == 0 ? "EXCUSED" : "PRESENT") + "','" + d + " 15:00:00'");
                        counts[2]++;
                    }
                }
            }
            if (g % 200 == 199) {
                flushAll(groups, members, cycles, sessions, attendance, loans, journal, listening, listeningAttendance);
            }
        }
        flushAll(groups, members, cycles, sessions, attendance, loans, journal, listening, listeningAttendance);
        return new Result(scale.groups(), counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /** Parents before children, so every foreign key finds its row. */
    private void flushAll(Rows... rows) {
        for (Rows r : rows) {
            r.flush();
        }
    }

    /** A few big municipalities and many small ones, as in the country. */
    private static int skewed(Random random, int n) {
        double x = random.nextDouble();
        return Math.min(n - 1, (int) (n * x * x));
    }

    private static String date(@Nullable LocalDate date) {
        return date == null ? "NULL" : "'" + date + "'";
    }

    private final class Ids {
        long next(String table) {
            Long max = jdbc.queryForObject("SELECT MAX(id) FROM " + table, Long.class);
            return max == null ? 1 : max + 1;
        }
    }

    /** Rows for one table, written in multi-row inserts. */
    private final class Rows {
        private final String into;
        private final List<String> values = new ArrayList<>();

        Rows(String into) {
            this.into = into;
        }

        void add(String row) {
            values.add(row);
        }

        void flush() {
            for (int from = 0; from < values.size(); from += CHUNK) {
                StringBuilder sql =
                        new StringBuilder("INSERT INTO ").append(into).append(" VALUES ");
                List<String> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "(" : ",(").append(chunk.get(i)).append(')');
                }
                jdbc.execute(sql.toString());
            }
            values.clear();
        }
    }
}
