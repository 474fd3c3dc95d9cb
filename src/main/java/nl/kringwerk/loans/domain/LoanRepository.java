package nl.kringwerk.loans.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LoanRepository extends JpaRepository<Loan, Long> {

    List<Loan> findByCycleIdOrderById(long cycleId);

    Optional<Loan> findByRequestKey(String requestKey);
}
