package org.landscape.practice.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.landscape.practice.domain.MembershipFact;

@ApplicationScoped
public class MembershipFactRepository implements PanacheRepositoryBase<MembershipFact, Long> {

  /** Every fact asserted about the practice, withdrawn ones included, oldest day first. */
  public List<MembershipFact> of(String practiceCode) {
    return list("practiceCode = ?1 order by validFrom, recordedAt, id", practiceCode);
  }

  /** Every fact, by practice: what an import compares a file with. */
  public Map<String, List<MembershipFact>> ofAll() {
    return list("order by practiceCode, validFrom, recordedAt, id").stream()
        .collect(Collectors.groupingBy(f -> f.practiceCode));
  }
}
