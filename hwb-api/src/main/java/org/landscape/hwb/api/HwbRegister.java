package org.landscape.hwb.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.landscape.common.client.PeerUnavailable;

/**
 * What hwb-service knows about councils, boards and the boards' CCG representatives on a date: one
 * council, or whole registers read in whole pages, never once per row. A failure, once retried, is
 * a 503 problem naming what it was for, never an empty answer: an unreachable register must not
 * make anything look valid, and the write that needed it writes nothing.
 */
@ApplicationScoped
public class HwbRegister {

  public static final String SERVICE = "hwb-service";

  @Inject HwbRegisterCalls calls;

  /** The council, if hwb-service knows it valid on the date; empty when it does not. */
  public Optional<LocalAuthorityView> localAuthority(String code, LocalDate date, String purpose) {
    return guarded(() -> calls.localAuthority(code, date), purpose);
  }

  /** Every council valid on the date, keyed by code (sorted by code). */
  public Map<String, LocalAuthorityView> localAuthorities(LocalDate date, String purpose) {
    Map<String, LocalAuthorityView> councils = new LinkedHashMap<>();
    guarded(() -> calls.localAuthorities(date), purpose)
        .forEach(council -> councils.put(council.code(), council));
    return councils;
  }

  /** Every board valid on the date. */
  public List<BoardView> boards(LocalDate date, String purpose) {
    return guarded(() -> calls.boards(date), purpose);
  }

  /** Every board's CCG representatives on the date. */
  public List<CcgRepresentativeView> ccgRepresentatives(LocalDate date, String purpose) {
    return guarded(() -> calls.ccgRepresentatives(date), purpose);
  }

  /** Every board's ICB nominees on the date (none before 2022-07-01). */
  public List<IcbRepresentativeView> icbRepresentatives(LocalDate date, String purpose) {
    return guarded(() -> calls.icbRepresentatives(date), purpose);
  }

  private static <T> T guarded(Supplier<T> call, String purpose) {
    return PeerUnavailable.guarded(SERVICE, purpose, call);
  }
}
