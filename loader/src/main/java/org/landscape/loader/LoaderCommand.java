package org.landscape.loader;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.landscape.loader.ImportPlan.Part;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The launcher's loading steps: {@code ./landscape} starts the processes and hands over to this
 * command for everything it loads and counts.
 */
@Command(
    name = "landscape-loader",
    mixinStandardHelpOptions = true,
    description = "Loads a running suite: official files, the demo landscape, the merger replay.",
    subcommands = {
      LoaderCommand.ImportCommand.class,
      LoaderCommand.DemoCommand.class,
      LoaderCommand.EmptyCommand.class
    })
public final class LoaderCommand {

  static final int REFUSED = 1;
  static final int UNKNOWN = 3;

  @Option(names = "--host", defaultValue = "localhost", description = "where the services run")
  String host;

  @Option(
      names = "--port-base",
      defaultValue = "8080",
      description = "the services listen on base+1..base+4")
  int portBase;

  @Option(
      names = "--signing-key",
      required = true,
      description = "PEM private key the development tokens are signed with")
  Path signingKey;

  @Option(names = "--no-color", description = "plain headings")
  boolean noColor;

  @Option(names = "--progress", description = "draw a progress bar for each upload on stderr")
  boolean progress;

  Console console() {
    return new Console(System.out, !noColor);
  }

  SuiteHttp http() {
    return new SuiteHttp(new Suite(host, portBase), progress ? System.err : null);
  }

  DevTokens tokens() throws java.io.IOException {
    return DevTokens.signedWith(signingKey);
  }

  @Command(
      name = "import",
      description = "Imports the official files of a folder (the layout of ../shared/data).")
  static final class ImportCommand implements Callable<Integer> {
    @ParentCommand LoaderCommand loader;

    @Parameters(index = "0", description = "the folder of official files")
    Path dataDir;

    @Option(
        names = "--parts",
        split = "[ ,]",
        description = "which parts, in plan order: ${COMPLETION-CANDIDATES} (default: all)")
    List<Part> parts;

    @Override
    public Integer call() throws Exception {
      Console console = loader.console();
      SuiteHttp http = loader.http();
      Set<Part> chosen = parts == null ? Importer.allParts() : EnumSet.copyOf(parts);
      Loading loading =
          new Importer(http, loader.tokens(), console, new MergerReplay(http, console))
              .run(dataDir, chosen);
      new SuiteTotals(http).printSummary(console, loading);
      return loading.anyRefused() ? REFUSED : 0;
    }
  }

  @Command(
      name = "demo",
      description =
          "Loads the demo landscape into an empty suite: its files through the imports, its"
              + " records, then its merger through the workflow.")
  static final class DemoCommand implements Callable<Integer> {
    @ParentCommand LoaderCommand loader;

    @Parameters(index = "0", description = "the demo folder (demo/)")
    Path demoDir;

    @Override
    public Integer call() throws Exception {
      Console console = loader.console();
      SuiteHttp http = loader.http();
      DevTokens tokens = loader.tokens();
      MergerReplay replay = new MergerReplay(http, console);
      Importer importer = new Importer(http, tokens, console, replay);
      console.heading(
          "The suite is empty: loading the demo landscape (demo/: Middle Marches, an invented region)");
      // the demo seats its boards' members itself (records), so no nominees; its merger runs
      // through the workflow once the records (contracts, seats) are in
      Loading loading =
          importer.run(demoDir, EnumSet.of(Part.HWB, Part.CCG, Part.PRACTICE, Part.COMMISSIONING));
      new SuiteTotals(http).printSummary(console, loading);
      if (loading.anyRefused()) {
        return REFUSED;
      }
      if (loading.orphans() != 0) {
        console.text(
            "  The demo's practices should all have a CCG, but "
                + loading.orphans()
                + " were imported without one.");
        return REFUSED;
      }
      console.endLine();
      console.heading("Records that no official file holds (demo/records)");
      new RecordsLoader(http, tokens, console).load(demoDir.resolve("records"), loading);
      if (loading.anyRefused()) {
        return REFUSED;
      }
      importer.run(demoDir, EnumSet.of(Part.REPLAY, Part.ICB_NOMINEES), loading);
      return loading.anyRefused() ? REFUSED : 0;
    }
  }

  @Command(
      name = "empty",
      description =
          "Exits 0 when the suite holds nothing, 1 when it holds data, 3 when it cannot tell.")
  static final class EmptyCommand implements Callable<Integer> {
    @ParentCommand LoaderCommand loader;

    @Override
    public Integer call() {
      try {
        return new SuiteTotals(loader.http()).empty() ? 0 : REFUSED;
      } catch (LoadingFailed unknown) {
        System.err.println(
            "landscape: cannot tell whether the suite is empty: " + unknown.getMessage());
        return UNKNOWN;
      }
    }
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new LoaderCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(
            (failure, command, parsed) -> {
              if (failure instanceof LoadingFailed refused) {
                command.getErr().println("landscape: " + refused.getMessage());
                return REFUSED;
              }
              throw failure;
            });
  }
}
