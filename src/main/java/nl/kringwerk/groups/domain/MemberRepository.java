package nl.kringwerk.groups.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long> {

    List<Member> findByGroupIdOrderByDisplayName(long groupId);

    @Query(
            "select m.groupId, count(m) from Member m where m.leftOn is null and m.groupId in :groupIds group by m.groupId")
    List<Object[]> countActiveByGroup(Collection<Long> groupIds);
}
