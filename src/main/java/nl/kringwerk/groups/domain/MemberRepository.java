package nl.kringwerk.groups.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

    List<Member> findByGroupIdOrderByDisplayName(long groupId);

    /**
     * Names of the group's active members that are the same as {@code name} by the database's rule
     * for names (the collation of the column, the one its unique index uses; see Names).
     */
    @Query("select m.displayName from Member m where m.groupId = :groupId and m.leftOn is null"
            + " and m.displayName = :name and m.id <> :exceptMemberId")
    List<String> findActiveNamesSameAs(long groupId, String name, long exceptMemberId);

    @Query("select m from Member m, Group g where g.id = m.groupId and g.organisationId = :organisationId"
            + " and m.leftOn is null and g.endedOn is null order by g.name, m.displayName")
    List<Member> findActiveInRunningGroupsOf(long organisationId);

    @Query(
            "select m.groupId, count(m) from Member m where m.leftOn is null and m.groupId in :groupIds group by m.groupId")
    List<Object[]> countActiveByGroup(Collection<Long> groupIds);
}
