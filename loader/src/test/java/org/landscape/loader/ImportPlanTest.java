package org.landscape.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.landscape.loader.ImportPlan.Part;
import org.landscape.loader.ImportPlan.Section;

class ImportPlanTest {

  /** The demo ships in the official layout: every file the plan names must be there. */
  private static final Path DEMO = Path.of("..", "demo");

  @Test
  void every_part_has_steps_in_dependency_order() {
    assertThat(ImportPlan.SECTIONS).extracting(Section::part).isSorted();
    assertThat(ImportPlan.SECTIONS.stream().map(Section::part).distinct())
        .containsExactlyElementsOf(EnumSet.allOf(Part.class));
    assertThat(ImportPlan.SECTIONS).allSatisfy(section -> assertThat(section.steps()).isNotEmpty());
  }

  @Test
  void the_demo_holds_every_file_the_plan_requires() {
    ImportPlan.SECTIONS.stream()
        .flatMap(section -> section.steps().stream())
        .filter(step -> !step.optional())
        .flatMap(step -> step.resolvedIn(DEMO).values().stream())
        .forEach(file -> assertThat(Files.isRegularFile(file)).as("%s", file).isTrue());
  }

  @Test
  void a_step_is_labelled_by_its_files_or_its_endpoint() {
    assertThat(ImportStep.file(Service.CCG, "/imports/eccg", "ods-2025/eccg.csv").label())
        .isEqualTo("eccg.csv");
    assertThat(ImportStep.call(Service.HWB, "/boards/ccg-nominees?date=2013-04-01").label())
        .isEqualTo("/boards/ccg-nominees");
    assertThat(
            ImportPlan.SECTIONS.stream()
                .filter(section -> section.part() == Part.REPLAY)
                .findFirst()
                .orElseThrow()
                .steps()
                .getFirst()
                .label())
        .isEqualTo("succ.csv + eccg.csv");
    assertThat(ImportPlan.SECTIONS.getLast().part()).isEqualTo(Part.ICB_NOMINEES);
  }
}
