package nl.kringwerk.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FacilitatorAssignmentRepository extends JpaRepository<FacilitatorAssignment, FacilitatorAssignment.Key> {

    @Query("select a.groupId from FacilitatorAssignment a where a.userId = :userId")
    List<Long> findGroupIdsByUserId(long userId);

    List<FacilitatorAssignment> findByGroupId(long groupId);

    boolean existsByGroupIdAndUserId(long groupId, long userId);

    void deleteByGroupIdAndUserId(long groupId, long userId);
}
