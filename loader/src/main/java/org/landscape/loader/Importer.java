package org.landscape.loader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.landscape.loader.ImportPlan.Part;
import org.landscape.loader.ImportPlan.Section;

/** Runs the import plan's parts against the suite, a line per call, and the replay last. */
public final class Importer {

  private final SuiteHttp http;
  private final DevTokens tokens;
  private final Console console;
  private final MergerReplay replay;

  public Importer(SuiteHttp http, DevTokens tokens, Console console, MergerReplay replay) {
    this.http = http;
    this.tokens = tokens;
    this.console = console;
    this.replay = replay;
  }

  public Loading run(Path dataDir, Set<Part> parts) {
    Loading loading = new Loading();
    run(dataDir, parts, loading);
    return loading;
  }

  public void run(Path dataDir, Set<Part> parts, Loading loading) {
    requireLayout(dataDir);
    for (Section section : ImportPlan.SECTIONS) {
      if (!parts.contains(section.part())) {
        continue;
      }
      console.heading(section.heading());
      for (ImportStep step : section.steps()) {
        run(step, dataDir, loading);
      }
      if (section.part() == Part.REPLAY && !loading.anyRefused()) {
        replay.awaitSagas(loading);
      }
    }
  }

  public static Set<Part> allParts() {
    return EnumSet.allOf(Part.class);
  }

  private void run(ImportStep step, Path dataDir, Loading loading) {
    if (step.optional()
        && !step.resolvedIn(dataDir).values().stream().allMatch(Files::isRegularFile)) {
      return;
    }
    if (ImportPlan.NATIONAL_ONLY.contains(step)
        && !http.get(Service.CCG, "/ccgs/" + ImportPlan.CORRECTED_CCG).succeeded()) {
      console.line(step.label(), "skipped: national facts, and the register holds no 00F");
      return;
    }
    Answer answer =
        http.upload(
            step.service(),
            step.path(),
            step.label(),
            step.resolvedIn(dataDir),
            tokens.bearer(step.role()));
    if (!answer.succeeded()) {
      console.line(step.label(), "REFUSED: " + AnswerLines.refusal(answer));
      loading.refused();
      return;
    }
    loading.orphans(answer.json().path("orphans").size());
    console.line(step.label(), AnswerLines.summary(answer.json()));
  }

  static void requireLayout(Path dir) {
    for (String folder : new String[] {"ons", "ods-2013", "ods-2025"}) {
      if (!Files.isDirectory(dir.resolve(folder))) {
        throw new LoadingFailed(
            "no official files in " + dir + " (expected the layout of ../shared/data)");
      }
    }
  }
}
