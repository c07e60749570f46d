package org.landscape.ccg.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an entry of a CCG's area comes from (ccg-service's own reasons for it). */
@Schema(name = "AreaSource")
public enum CcgAreaSource {
  /** Aggregated from the ONS LSOA to CCG to district lookup. */
  LSOA_LOOKUP,
  /** Inferred from a successor's area: the predecessors together covered it; shares unknown. */
  SUCCESSOR,
  /** Inferred for a CCG formed by a merger: the union of its predecessors' areas. */
  PREDECESSORS,
  /** From the project's correction file of published facts. */
  CORRECTION,
  /** Entered through the API. */
  MANUAL
}
