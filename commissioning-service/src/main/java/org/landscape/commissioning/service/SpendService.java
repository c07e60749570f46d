package org.landscape.commissioning.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.landscape.commissioning.domain.CommissionerKind;
import org.landscape.commissioning.domain.FinancialYearSpend;
import org.landscape.commissioning.repository.ContractRepository;
import org.landscape.common.time.FinancialYear;

/**
 * Contract value per commissioner and category in a financial year: each committed contract's value
 * for the days it was in force, split across the years it spans ({@link FinancialYearSpend}).
 */
@ApplicationScoped
public class SpendService {

  @Inject ContractRepository contracts;
  @Inject CategoryCatalogue categories;

  public FinancialYearSpend.Report report(
      FinancialYear year, CommissionerKind kind, String commissionerCode, String categoryCode) {
    if (categoryCode != null) {
      categories.require(categoryCode, "category");
    }
    return FinancialYearSpend.of(
        year,
        contracts.committedDuring(
            year.firstDay(), year.end(), kind, commissionerCode, categoryCode));
  }
}
