package org.landscape.loader;

import static org.landscape.loader.Service.CCG;
import static org.landscape.loader.Service.COMMISSIONING;
import static org.landscape.loader.Service.HWB;
import static org.landscape.loader.Service.PRACTICE;

import java.util.List;
import java.util.Set;

/**
 * The national import, in dependency order: councils and boards first (ccg-service checks areas
 * against hwb-service), then the CCG register, the boards' nominees, the practices (checked against
 * ccg-service), the trusts, and last the replay of the mergers. Each part has a heading and its
 * steps; the files are named relative to a folder of the layout of ../shared/data.
 */
public final class ImportPlan {

  /** The parts, by the names {@code LANDSCAPE_IMPORT} and {@code --parts} use. */
  public enum Part {
    HWB,
    CCG,
    NOMINEES,
    PRACTICE,
    COMMISSIONING,
    REPLAY,
    ICB_NOMINEES
  }

  /** A part's heading and its calls. */
  public record Section(Part part, String heading, List<ImportStep> steps) {}

  public static final String SUCCESSIONS = "ods-2025/succ.csv";
  public static final String CCGS_NOW = "ods-2025/eccg.csv";

  /** The shipped area corrections state 00F, 00G and 00H: only for a register holding them. */
  public static final String CORRECTED_CCG = "00F";

  public static final ImportStep AREA_CORRECTIONS =
      ImportStep.call(CCG, "/imports/area-corrections/shipped").as("importer");

  /** The regions and ICBs shipped with ccg-service: the real ones, for a national register. */
  public static final ImportStep SHIPPED_REGIONS =
      ImportStep.call(CCG, "/imports/regions/shipped").as("importer");

  public static final ImportStep SHIPPED_ICBS =
      ImportStep.call(CCG, "/imports/icbs/shipped").as("importer");

  /** The steps that state national facts, run only when the register holds the national CCGs. */
  public static final Set<ImportStep> NATIONAL_ONLY =
      Set.of(AREA_CORRECTIONS, SHIPPED_REGIONS, SHIPPED_ICBS);

  public static final List<Section> SECTIONS =
      List.of(
          new Section(
              Part.HWB,
              "hwb-service: English councils (ONS)",
              List.of(
                  ImportStep.files(
                      HWB,
                      "/local-authorities/import",
                      "districts",
                      "ons/LAD15_RGN15_EN_LU.csv",
                      "upperTiers",
                      "ons/LTLA17_UTLA17_EW_LU.csv"))),
          new Section(
              Part.HWB,
              "hwb-service: a Health and Wellbeing Board for every upper-tier council",
              List.of(ImportStep.call(HWB, "/boards/bulk"))),
          new Section(
              Part.CCG,
              "ccg-service: CCGs, oversight, succession and areas (ODS, ONS)",
              List.of(
                  ImportStep.file(CCG, "/imports/ccg-list", "ods-2013/CCG_APR_2013.csv"),
                  ImportStep.file(CCG, "/imports/area-teams", "ods-2013/NHSAT_APR_2013_EN_NC.csv"),
                  ImportStep.file(
                      CCG, "/imports/oversight", "ods-2013/CCG13_NHSAT13_NHSCR13_EW_LU.csv"),
                  ImportStep.optionalFile(CCG, "/imports/eccg", "ods-2016/eccg-2016.csv"),
                  ImportStep.file(CCG, "/imports/eccg", CCGS_NOW),
                  ImportStep.file(CCG, "/imports/successions", SUCCESSIONS),
                  ImportStep.file(CCG, "/imports/lsoa-areas", "ons/LSOA11_CCG15_LAD15_EN_LU.csv"),
                  AREA_CORRECTIONS)),
          new Section(
              Part.CCG,
              "ccg-service: since 2022-07-01, the ICBs and their sub-ICB locations (ODS eccg)",
              List.of(
                  SHIPPED_REGIONS,
                  SHIPPED_ICBS,
                  ImportStep.optionalFile(CCG, "/imports/regions", "corrections/nhs-regions.csv"),
                  ImportStep.optionalFile(CCG, "/imports/icbs", "corrections/icbs.csv"),
                  ImportStep.file(CCG, "/imports/sub-icb-locations", CCGS_NOW))),
          new Section(
              Part.NOMINEES,
              "hwb-service: a nominee of every relevant CCG on each board (no official file records seats)",
              List.of(ImportStep.call(HWB, "/boards/ccg-nominees?date=2013-04-01"))),
          new Section(
              Part.PRACTICE,
              "practice-service: GP practices and their CCG membership (ODS epraccur)",
              List.of(
                  ImportStep.file(
                      PRACTICE,
                      "/imports/epraccur?extractDate=2015-07-01",
                      "ods-2013/epraccur-2015-07.csv"))),
          new Section(
              Part.COMMISSIONING,
              "commissioning-service: NHS trusts (ODS etr)",
              List.of(ImportStep.file(COMMISSIONING, "/imports/etr", "ods-2025/etr.csv"))),
          new Section(
              Part.REPLAY,
              "commissioning-service: the CCG mergers of ODS succ, replayed through the workflow",
              List.of(
                  ImportStep.files(
                      COMMISSIONING,
                      "/reconfigurations/replay",
                      "successions",
                      SUCCESSIONS,
                      "ccgs",
                      CCGS_NOW))),
          new Section(
              Part.ICB_NOMINEES,
              "hwb-service: from 2022-07-01, a nominee of every relevant ICB on each board instead of"
                  + " the CCG seats (once the replayed mergers have handed the seats over)",
              List.of(ImportStep.call(HWB, "/boards/icb-nominees?date=2022-07-01"))));

  private ImportPlan() {}
}
