package nl.kringwerk.groups.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import nl.kringwerk.base.domain.MemberLanguage;
import nl.kringwerk.base.domain.ScreenLanguages;
import nl.kringwerk.base.domain.Texts;
import nl.kringwerk.base.events.GroupData;
import org.jspecify.annotations.Nullable;

/** A kring: a savings circle or a listening group. It is never deleted; it ends. */
@Entity
@Table(name = "kring")
public class Group implements GroupData {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 80)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GroupType type;

    @Column(nullable = false, length = 80)
    private String municipality;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private @Nullable LocalDate endedOn;

    @Embedded
    private MeetingSchedule schedule;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "screen_language", nullable = false, length = 20)
    private MemberLanguage screenLanguage = MemberLanguage.DUTCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "second_screen_language", length = 20)
    private @Nullable MemberLanguage secondScreenLanguage;

    @Version
    private long version;

    protected Group() {}

    /** @param details checked with {@link GroupRules#checkGroup} */
    public Group(long organisationId, GroupDetails details, Instant createdAt, String createdBy) {
        this.organisationId = organisationId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        change(details);
    }

    /** @param details checked with {@link GroupRules#checkGroup} */
    public void change(GroupDetails details) {
        this.name = Texts.clean(details.name());
        this.type = details.type();
        this.municipality = Texts.clean(details.municipality());
        this.startedOn = details.startedOn();
        this.schedule = new MeetingSchedule(
                details.meetingDay(), details.meetingTime(), details.frequency(), Texts.clean(details.place()));
    }

    /** @param endedOn checked with {@link GroupRules#checkEnd} */
    public void end(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    /** What its members see (the group's screen, the counting question, the forms they sign) is in these. */
    public void chooseScreenLanguages(ScreenLanguages languages) {
        this.screenLanguage = languages.first();
        this.secondScreenLanguage = languages.second();
    }

    public ScreenLanguages screenLanguages() {
        return new ScreenLanguages(screenLanguage, secondScreenLanguage);
    }

    public boolean isActive() {
        return endedOn == null;
    }

    public GroupDetails details() {
        return new GroupDetails(
                name,
                type,
                municipality,
                startedOn,
                schedule.day(),
                schedule.time(),
                schedule.frequency(),
                schedule.place());
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public GroupType getType() {
        return type;
    }

    public String getMunicipality() {
        return municipality;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public @Nullable LocalDate getEndedOn() {
        return endedOn;
    }

    public MeetingSchedule getSchedule() {
        return schedule;
    }

    @Override
    public @Nullable Long groupIdForInsights() {
        return getId();
    }
}
